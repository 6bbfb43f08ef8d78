/**
 * `npm run bench [-- --sizes 1000,10000,100000] [--quick] [--seed 1] [--runs 3] [--lighthouse-size 10000]
 * [--app DIR]` (--app: measure that build, made with `build.manifest`, instead of building one)
 * One command for every figure of the Performance section: builds the app once (temp folder),
 * then for each size generates a synthetic corpus, runs the real pipeline on it and measures the
 * app over the result in headless Chromium; the TimelineJS3 side by side runs on the 1k dataset,
 * Lighthouse on the 10k one (or the largest below it). Every part fails soft: its error is
 * recorded and the run goes on. Prints one table and writes bench/results.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { measureApp, sampleArticle } from './app-measures';
import { benchSummary } from './bench-table';
import { bundleSummaryOf } from './bundle-summary';
import { runBrowse, runNetwork, runSearch } from './child-benches';
import { makeDataset, outputFigures } from './datasets';
import { runLighthouse } from './lighthouse-run';
import { measurePeer } from './peer-timelinejs';
import type { BenchResults, DatasetResults } from './run-all-types';
import { buildApp, launchChrome, ROOT, serveSite } from './site';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    'lighthouse-size': { type: 'string', default: '10000' },
    app: { type: 'string' },
  },
});
const sizes = values.quick ? [1000] : values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: npm run bench -- [--sizes 1000,10000,100000] [--quick] [--seed 1]');
  process.exit(2);
}
const runs = Number(values.runs);
const lighthouseSize = Math.max(
  ...sizes.filter((n) => n <= Number(values['lighthouse-size'])),
  Math.min(...sizes),
);

const results: BenchResults = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  },
  sizes,
  bundle: null,
  datasets: [],
  peer: null,
  lighthouse: null,
  network: null,
  errors: [],
};

/** Runs one measure; on failure records the error and returns null, so the bench goes on. */
async function part<T>(name: string, run: () => T | Promise<T>): Promise<T | null> {
  const started = Date.now();
  console.error(`· ${name}…`);
  try {
    const value = await run();
    console.error(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.errors.push({ part: name, message });
    console.error(`  ${name} failed: ${message.split('\n')[0]}`);
    return null;
  }
}

const app = values.app ? resolve(values.app) : await part('vite build', buildApp);
if (app) results.bundle = await part('bundle sizes', () => bundleSummaryOf(app));
let browser: Browser | null = await part('chromium', launchChrome);

for (const articles of sizes) {
  const row: DatasetResults = {
    articles,
    pipeline: null,
    output: null,
    app: null,
    browse: null,
    search: null,
  };
  results.datasets.push(row);
  const dataset = await part(`${articles}: synthetic corpus + pipeline`, () =>
    makeDataset(articles, Number(values.seed)),
  );
  if (!dataset) continue;
  row.pipeline = dataset.pipeline;
  row.output = await part(`${articles}: output files`, () => outputFigures(dataset.dir));
  if (app) {
    if (browser && !browser.isConnected()) browser = await part('chromium', launchChrome);
    const b = browser;
    if (b)
      row.app = await part(`${articles}: deep link + timeline`, () =>
        measureApp(b, app, dataset.dir, runs),
      );
    row.browse = await part(`${articles}: browse every view`, () => runBrowse(app, dataset.dir));
    row.search = await part(`${articles}: search`, () => runSearch(app, dataset.dir));
    if (articles === 1000 && b)
      results.peer = await part('peer: TimelineJS3 vs ours', () =>
        measurePeer(b, app, dataset.dir, { runs }),
      );
    if (articles === lighthouseSize)
      results.lighthouse = await part(`${articles}: lighthouse`, async () => {
        const site = await serveSite(app, dataset.dir, { compress: true });
        try {
          return await runLighthouse([
            site.url,
            `${site.url}articles/${sampleArticle(dataset.dir)}`,
          ]);
        } finally {
          await site.close();
        }
      });
  }
  dataset.cleanup();
}
if (app) results.network = await part('network (bench-network)', () => runNetwork(app));
if (!sizes.includes(1000))
  results.errors.push({ part: 'peer', message: 'not run: the side by side uses the 1000 size' });

await browser?.close();
if (app && !values.app) rmSync(app, { recursive: true, force: true });
console.log(benchSummary(results));
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `wrote bench/results.json (${results.machine.cpu}, ${results.machine.cores} cores, load ${results.machine.loadAverage.join(' ')})`,
);
