import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROME_ARGS } from './find-chrome';

export const SCREENSHOT_DIR = 'test-results/screenshots';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromePath'), args: CHROME_ARGS });
}

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far (failed external images excluded). */
  errors: string[];
  goto(path: string): Promise<void>;
  screenshot(name: string): Promise<void>;
}

/** A fresh page at a desktop size that records console errors. */
export async function openPage(browser: Browser, width = 1366, height = 900): Promise<AppPage> {
  // A context of its own, so tools that open helper pages (axe) can do so.
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  const baseUrl = inject('baseUrl');
  return {
    page,
    errors,
    async goto(path) {
      await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href, { waitUntil: 'load' });
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: false });
    },
  };
}
