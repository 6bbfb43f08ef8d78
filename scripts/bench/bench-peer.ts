/**
 * Peer side by side on its own: `npm run bench:peer [-- --data DIR] [--app DIR] [--runs 3]`.
 * Without --data, 1,000 synthetic articles through the real pipeline; without --app, a fresh
 * `vite build` into a temp folder. Prints the figures and writes bench/peer.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeDataset } from './datasets';
import { measurePeer } from './peer-timelinejs';
import { buildApp, launchChrome, ROOT } from './site';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    app: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const dataset = values.data ? null : await makeDataset(1000);
const app = values.app ? resolve(values.app) : buildApp();
const browser = await launchChrome();
try {
  const result = await measurePeer(
    browser,
    app,
    values.data ? resolve(values.data) : dataset!.dir,
    {
      runs: Number(values.runs),
    },
  );
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/peer.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  dataset?.cleanup();
  if (!values.app) rmSync(app, { recursive: true, force: true });
}
