import type { Server } from 'node:http';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../tests/e2e/find-chrome';
// @ts-expect-error -- plain ESM script shared with `npm start`; typed by usage here.
import { serve } from '../serve.mjs';

/**
 * In the page: one keystroke into the search box (the native value setter, then the input event
 * React listens to), resolved with the milliseconds until the results answer the new text.
 */
const KEYSTROKE = `(expected, key) => new Promise((done) => {
  const el = document.querySelector('input[type="search"]');
  const selector = '[data-results-for="' + CSS.escape(expected) + '"]';
  let start = 0;
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector)) { observer.disconnect(); done(performance.now() - start); }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  el.focus();
  start = performance.now();
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  set.call(el, el.value + key);
  el.dispatchEvent(new Event('input', { bubbles: true }));
})`;

const TYPED = [
  '陕',
  '陕西',
  '陕西医',
  '陕西医院',
  '联',
  '联盟',
  '产',
  '产业',
  '产业联',
  '产业联盟',
  'c',
  'ch',
  'che',
  'chen',
  'cheng',
  'chengd',
  'chengdu',
  '王',
  '王明',
  '张',
  '张伟',
  '医',
  '医疗',
  '医疗器',
  '医疗器械',
];

/**
 * Keystroke → results in headless Chromium: the built app (dist/) served with the bench's
 * dataset as /data, the search page open and warm, then one key at a time; each sample is the
 * time from the keydown to the results container saying it answers the new text.
 */
export async function measureKeystrokes(appDir: string, dataDir: string) {
  const chrome = findChrome();
  if (!chrome) throw new Error('no Chromium found');
  const site = mkdtempSync(join(tmpdir(), 'aa-bench-site-'));
  for (const name of readdirSync(appDir))
    if (name !== 'data') symlinkSync(join(appDir, name), join(site, name));
  symlinkSync(dataDir, join(site, 'data'));
  const { server, url } = (await serve({ dir: site, port: 0, quiet: true })) as {
    server: Server;
    url: string;
  };
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    let t = Date.now();
    await page.goto(new URL('search?q=医院', url).href);
    await page.locator('[data-results-for="医院"]').waitFor({ timeout: 120_000 });
    const coldMs = Date.now() - t;
    const input = page.getByRole('searchbox');
    const samples: number[] = [];
    for (const text of TYPED) {
      await input.fill(text.slice(0, -1));
      await page.waitForTimeout(50);
      const expected = text;
      // A string, so the bundler's helpers (tsx adds `__name`) never reach the page.
      const ms = (await page.evaluate(
        `(${KEYSTROKE})(${JSON.stringify(expected)}, ${JSON.stringify(text.slice(-1))})`,
      )) as number;
      samples.push(ms);
      if (process.env.BENCH_VERBOSE) console.error(`keystroke ${text}: ${ms.toFixed(1)} ms`);
    }
    samples.sort((a, b) => a - b);
    t = Date.now();
    return {
      browserColdSearchMs: coldMs,
      keystrokeP50Ms: Math.round(samples[Math.floor(samples.length / 2)] ?? NaN),
      keystrokeP95Ms: Math.round(
        samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))] ?? NaN,
      ),
      keystrokeMaxMs: Math.round(samples[samples.length - 1] ?? NaN),
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
}
