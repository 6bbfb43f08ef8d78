/**
 * Browses a built app over a sharded dataset in headless Chromium and measures what a user
 * feels: time until each view shows its content, long tasks (> 50 ms) while it loads, while
 * scrolling the timeline and while filtering, DOM rows, and the JS heap after every view.
 *   npx vite build && npx tsx scripts/bench/bench-browse.ts --data /tmp/out10k [--out bench/browse.json]
 *   [--app dist]
 * The app is copied to a temp folder with the dataset linked in as `data/`, served like static
 * hosting (scripts/serve.mjs). dist/ itself is left alone.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import type { Manifest } from '../../src/domain';
import { CHROME_ARGS, findChrome } from '../../tests/e2e/find-chrome';
// @ts-expect-error -- plain ESM script shared with `npm start`.
import { serve } from '../serve.mjs';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string', default: 'bench/browse.json' },
    app: { type: 'string', default: 'dist' },
  },
});
if (!values.data) throw new Error('usage: bench-browse --data DIR [--out FILE]');
const data = resolve(values.data);
const read = (path: string) => JSON.parse(readFileSync(join(data, path), 'utf8'));
const manifest = read('manifest.json') as Manifest;
const article = read('summaries/0.json').articles[0].id as string;

const site = mkdtempSync(join(tmpdir(), 'aa-browse-'));
const app = resolve(values.app);
cpSync(app, site, { recursive: true, filter: (src) => !src.startsWith(join(app, 'data')) });
rmSync(join(site, 'data'), { recursive: true, force: true });
symlinkSync(data, join(site, 'data'));
const { server, url } = await serve({ dir: site, port: 0, quiet: true });

const browser = await chromium.launch({
  executablePath: findChrome() ?? undefined,
  args: CHROME_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await page.addInitScript(() => {
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
});
const takeLong = (p: Page) =>
  p.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    const out = w.__long;
    w.__long = [];
    return out;
  });
const heapMb = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round(usedSize / 1e5) / 10;
};

type ViewResult = { view: string; readyMs: number; longTasks: number[]; heapMb: number };
const views: ViewResult[] = [];
/** Opens a view (cold: a new page load; else a click on `link`, as a user would), waits for `ready`. */
async function visit(view: string, how: { cold: string } | { link: string }, ready: string) {
  await takeLong(page).catch(() => []);
  const started = Date.now();
  if ('cold' in how) await page.goto(new URL(how.cold, url).href);
  else await page.locator(how.link).first().click();
  await page
    .locator(ready)
    .first()
    .waitFor({ timeout: 120_000 })
    .catch(async (e) => {
      await page.screenshot({ path: 'test-results/bench-browse-failed.png' });
      throw e;
    });
  const readyMs = Date.now() - started;
  await page.waitForTimeout(300);
  views.push({ view, readyMs, longTasks: await takeLong(page), heapMb: await heapMb() });
  console.log(JSON.stringify(views.at(-1)));
}
const nav = (href: string) => `header nav a[href^="${href}"]`;
const HOME = 'header nav a[href="/"], header nav a[href^="/?"]';

await visit('reader (cold deep link)', { cold: `/articles/${article}` }, 'main article h1');
await visit('regions', { link: nav('/regions') }, 'main table tbody tr');
await visit('timeline', { link: HOME }, 'main [data-row]');
const rows = await page.locator('[data-row]').count();
// Scroll the virtual list: 40 wheel steps.
await takeLong(page);
for (let i = 0; i < 40; i++) {
  await page.mouse.wheel(0, 1200);
  await page.waitForTimeout(30);
}
const scrollLong = await takeLong(page);
const rowsAfterScroll = await page.locator('[data-row]').count();
await page.evaluate(() => window.scrollTo(0, 0));
// Filter by the first collaboration type.
const facet = page.locator('main [role=group] button').first();
await takeLong(page);
const f0 = Date.now();
await facet.click();
await page.waitForFunction(() => location.search.includes('type='));
await page.locator('main [data-row]').first().waitFor();
const filterMs = Date.now() - f0;
await page.waitForTimeout(300);
const filterLong = await takeLong(page);
await visit('alliances', { link: nav('/alliances') }, 'main table tbody tr');
await visit('entity', { link: 'main table a[href*="/entities/"]' }, 'main h1:not(:empty)');
await visit('timeline (again)', { link: HOME }, 'main [data-row]');
await visit(
  'reader (from the timeline)',
  { link: 'main [data-row] a[href*="/articles/"]' },
  'main h1',
);
await visit('about', { link: nav('/about') }, 'main #about-downloads');

const result = {
  date: new Date().toISOString(),
  data: values.data,
  articles: manifest.counts.articles,
  views,
  timeline: {
    rows,
    rowsAfterScroll,
    scrollLongTasks: scrollLong,
    filterMs,
    filterLongTasks: filterLong,
  },
  heapAfterAllViewsMb: views.at(-1)?.heapMb,
};
console.log(JSON.stringify(result.timeline));
mkdirSync(dirname(resolve(values.out)), { recursive: true });
writeFileSync(resolve(values.out), `${JSON.stringify(result, null, 2)}\n`);
await browser.close();
server.close();
rmSync(site, { recursive: true, force: true });
