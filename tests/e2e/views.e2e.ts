import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import {
  axeProblems,
  open,
  builtDataset,
  gzipBytes,
  HEAVY_CHUNKS,
  pick,
  recordScripts,
} from './view-helpers';

const dataset = builtDataset();
const picks = pick(dataset);
const ROUTES: [name: string, path: string][] = [
  ['timeline', '/'],
  ['reader', `/articles/${picks.withImage}`],
  ['reader-hant', `/articles/${picks.hant}`],
  ['alliances', '/alliances?sort=date&dir=desc'],
  ['entity', `/entities/${picks.alliance}`],
  ['regions', '/regions'],
  ['about', '/about'],
  ['network', '/network'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every view from a cold deep link, light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of ROUTES) {
      it(`${name} (${scheme})`, async () => {
        const app = await open(browser, path, scheme);
        expect(
          await app.page.evaluate(() => document.documentElement.classList.contains('dark')),
        ).toBe(scheme === 'dark');
        if (name === 'network') await app.page.locator('canvas').first().waitFor();
        await app.page.waitForTimeout(name === 'network' ? 800 : 150);
        await app.screenshot(`${name}-${scheme}`);
        expect(await axeProblems(app.page)).toEqual([]);
        expect(app.errors).toEqual([]);
      });
    }
  }

  it('stays usable at 1024 px wide', async () => {
    for (const [name, path] of [ROUTES[0], ROUTES[1], ROUTES[3]] as [string, string][]) {
      const app = await open(browser, path, 'light', 1024);
      const overflow = await app.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await app.screenshot(`${name}-1024`);
    }
  });
});

describe('what loads where', () => {
  it('keeps Cytoscape, the map and the converter off / and the reader; measures initial JS', async () => {
    const sizes: Record<string, { scripts: string[]; gzipKiB: number }> = {};
    for (const [name, path] of [ROUTES[0], ROUTES[1]] as [string, string][]) {
      const app = await openPage(browser);
      const scripts = recordScripts(app.page);
      await app.goto(path);
      await app.page.locator('main h1').first().waitFor();
      await app.page.waitForLoadState('networkidle');
      expect(scripts.filter((s) => HEAVY_CHUNKS.test(s))).toEqual([]);
      const mainThread = scripts.filter(
        (s) => s.startsWith('/assets/') && !s.includes('data-worker'),
      );
      const bytes = mainThread.reduce((sum, s) => sum + gzipBytes(s), 0);
      sizes[name] = { scripts: mainThread, gzipKiB: Math.round((bytes / 1024) * 10) / 10 };
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/initial-js.json', `${JSON.stringify(sizes, null, 2)}\n`);
    // Budget guard: the aim is 130 KiB; this fails if a change makes it clearly worse.
    expect(sizes.timeline?.gzipKiB).toBeLessThan(145);
  });
});
