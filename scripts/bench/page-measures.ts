/**
 * Measures of one page in headless Chromium, from inside the page: when a selector first shows
 * (two animation frames after it is in the DOM, i.e. painted), largest contentful paint, long
 * tasks (> 50 ms). Each cold load gets a fresh browser context: no HTTP cache, no storage.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

interface BenchState {
  lcp: number;
  long: number[];
  first: number | null;
}

/** Installed before any page script runs. A string, so no bundler helper reaches the page. */
const observe = (selector: string) => `(() => {
  const state = { lcp: 0, long: [], first: null };
  window.__bench = state;
  const po = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  po('largest-contentful-paint', (e) => { state.lcp = e.startTime; });
  po('longtask', (e) => { state.long.push(Math.round(e.duration)); });
  let seen = false;
  const check = () => {
    if (seen || !document.querySelector(${JSON.stringify(selector)})) return;
    seen = true;
    requestAnimationFrame(() => requestAnimationFrame(() => { state.first = performance.now(); }));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})()`;

const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);

/** Takes (and clears) the long tasks recorded since the last call. */
export const takeLongTasks = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __bench: BenchState }).__bench;
    const out = s.long;
    s.long = [];
    return out;
  });

export interface ColdLoad {
  page: Page;
  context: BrowserContext;
  /** ms from navigation start until `selector` was painted. */
  firstMs: number;
  lcpMs: number;
  /** Long tasks during the load. */
  longTasks: number[];
}

/** Opens `url` in a fresh context and waits until `selector` is painted and LCP has settled. */
export async function coldLoad(
  browser: Browser,
  url: string,
  selector: string,
  options: { blockOutside?: boolean; settleMs?: number } = {},
): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  if (options.blockOutside) {
    // No outside network here: fail outside requests at once instead of waiting for DNS.
    const origin = new URL(url).origin;
    await page.route(
      (u) => u.origin !== origin,
      (route) => route.abort(),
    );
  }
  await page.addInitScript(observe(selector));
  await page.goto(url);
  await page.locator(selector).first().waitFor({ state: 'attached', timeout: 120_000 });
  await page.waitForFunction(
    () => (window as unknown as { __bench: BenchState }).__bench.first !== null,
  );
  await page.waitForTimeout(options.settleMs ?? 800);
  const s = await state(page);
  await takeLongTasks(page);
  return { page, context, firstMs: s.first ?? NaN, lcpMs: s.lcp, longTasks: s.long };
}

/**
 * Scrolls with `steps` wheel turns (or runs `step` that many times), `pauseMs` apart; returns
 * the long tasks meanwhile and the most elements matching `rowSelector` seen at once.
 */
export async function scrollLongTasks(
  page: Page,
  options: {
    steps?: number;
    pauseMs?: number;
    rowSelector?: string;
    step?: (page: Page) => Promise<unknown>;
  },
) {
  const { steps = 40, pauseMs = 30, rowSelector } = options;
  await page.mouse.move(683, 600);
  await takeLongTasks(page);
  let maxRows = 0;
  for (let i = 0; i < steps; i++) {
    if (options.step) await options.step(page);
    else await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(pauseMs);
    if (rowSelector && i % 5 === 4)
      maxRows = Math.max(maxRows, await page.locator(rowSelector).count());
  }
  await page.waitForTimeout(300);
  const longTasks = await takeLongTasks(page);
  return {
    longTasks,
    longTaskCount: longTasks.length,
    longTaskTotalMs: longTasks.reduce((a, b) => a + b, 0),
    maxRows,
  };
}
