/**
 * Network view benchmark: `npx tsx scripts/bench/bench-network.ts [--app /tmp/dist-network]
 * [--sizes 2000,10000]`. For each size, a synthetic network.json (clusters of institutions around
 * collaborations, ~1.6 edges per node, 7 provinces, positions on a seeded spiral) is served in
 * place of the app's own through playwright's route(); headless Chromium then measures time to
 * first frame of /network, a region filter change (URL change → status updated → next frame) and
 * the JS heap. Prints a table and writes bench/network.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { NetworkFile, NetworkNode } from '../../src/domain';
import { seededRandom } from '../../src/pipeline/network/seeded-random';
// @ts-expect-error -- plain ESM script shared with `npm start`; typed by usage here.
import { serve } from '../serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    app: { type: 'string', default: resolve(ROOT, 'dist') },
    sizes: { type: 'string', default: '2000,10000' },
  },
});
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const REGIONS = ['610000', '610100', '210100', '310000', '370800', '510100', '440300'];
const SUBTYPES = ['hospital', 'university', 'company', 'government', 'research'] as const;
const hex = (n: number) => n.toString(16).padStart(8, '0');

export function syntheticNetwork(size: number, seed = 1): NetworkFile {
  const random = seededRandom(seed);
  const hubs = Math.max(1, Math.round(size / 12));
  const nodes: NetworkNode[] = [];
  for (let i = 0; i < size; i++) {
    const hub = i < hubs;
    const angle = i * 2.399963;
    const radius = 40 * Math.sqrt(i);
    nodes.push({
      id: `${hub ? 'c' : 'i'}-${hex(i)}`,
      label: hub ? `合成产业联盟${i}` : `合成机构${i}号医院`,
      kind: hub ? 'collaboration' : 'institution',
      subtype: hub ? 'alliance' : (SUBTYPES[i % SUBTYPES.length] ?? 'other'),
      region: REGIONS[i % REGIONS.length],
      degree: 0,
      x: Math.round(radius * Math.cos(angle)),
      y: Math.round(radius * Math.sin(angle)),
    });
  }
  const edges: NetworkFile['edges'] = [];
  for (let i = hubs; i < size; i++) {
    const links = random() < 0.6 ? 1 : 2;
    for (let k = 0; k < links; k++) {
      const hub = Math.floor(random() * hubs);
      const source = nodes[i];
      const target = nodes[hub];
      if (!source || !target) continue;
      source.degree += 1;
      target.degree += 1;
      edges.push({
        id: `r-${hex(edges.length)}`,
        source: source.id,
        target: target.id,
        type: k === 0 ? 'member' : 'mentioned-with',
        date: `${2015 + (i % 10)}`,
        article: `a${i}`,
      });
    }
  }
  return {
    schemaVersion: 1,
    layout: { algorithm: 'synthetic', seed },
    aggregation: null,
    nodes,
    edges,
  };
}

const AFTER_FRAME = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))`;

async function measure(url: string, size: number) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const body = JSON.stringify(syntheticNetwork(size));
    await page.route('**/data/network.json', (route) =>
      route.fulfill({ body, contentType: 'application/json' }),
    );
    const started = Date.now();
    await page.goto(new URL('network', url).href);
    await page
      .locator(`[data-testid="network-status"][data-node-count]`)
      .waitFor({ timeout: 120_000 });
    await page.locator('canvas').nth(2).waitFor({ state: 'attached' });
    await page.evaluate(AFTER_FRAME);
    const firstFrameMs = Date.now() - started;
    await page.waitForTimeout(500);
    const filterMs = (await page.evaluate(`new Promise((done) => {
      const status = document.querySelector('[data-testid="network-status"]');
      const before = status.getAttribute('data-node-count');
      const t0 = performance.now();
      const observer = new MutationObserver(() => {
        if (status.getAttribute('data-node-count') === before) return;
        observer.disconnect();
        ${AFTER_FRAME}.then((t) => done(t - t0));
      });
      observer.observe(status, { attributes: true });
      history.pushState({}, '', '/network?region=610000');
      dispatchEvent(new PopStateEvent('popstate'));
    })`)) as number;
    const heapMB = (await page.evaluate(
      '(performance.memory ? performance.memory.usedJSHeapSize : 0) / 1048576',
    )) as number;
    const shown = await page.getByTestId('network-status').getAttribute('data-node-count');
    return {
      size,
      firstFrameMs,
      filterMs: Math.round(filterMs),
      heapMB: Math.round(heapMB),
      shownAfterFilter: Number(shown),
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const { server, url } = (await serve({ dir: values.app, port: 0, quiet: true })) as {
    server: Server;
    url: string;
  };
  const results = [];
  try {
    for (const size of (values.sizes ?? '').split(',').map(Number))
      results.push(await measure(url, size));
  } finally {
    server.close();
  }
  console.table(results);
  mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    resolve(ROOT, 'bench/network.json'),
    `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
  );
}

await main();
