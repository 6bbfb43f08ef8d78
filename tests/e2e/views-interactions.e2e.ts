import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { syntheticShards } from './synthetic-index';
import { builtDataset, open, pick, recordScripts } from './view-helpers';

// Interactions across the views; views.e2e.ts opens each view cold (axe, screenshots, chunks).
const dataset = builtDataset();
const picks = pick(dataset);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('region filter', () => {
  it('from the selector: URL, list and counts change; back restores', async () => {
    const app = await open(browser, '/alliances');
    const rows = app.page.locator('main tbody tr');
    const before = await rows.count();
    await app.page.getByRole('button', { name: /^Region:/ }).click();
    const search = app.page.getByRole('searchbox', { name: 'Filter regions' });
    const province = dataset.regions.find((r) => r.code === picks.province);
    await search.fill(province?.nameEn ?? province?.name ?? '');
    await app.page.getByRole('checkbox').first().click();
    await app.page.keyboard.press('Escape');
    await app.page.waitForURL(new RegExp(`region=${picks.province}`));
    await expect.poll(() => rows.count()).toBeLessThan(before);
    await expect
      .poll(() => app.page.getByRole('button', { name: /^Region:/ }).innerText())
      .toContain('1 selected');
    await app.screenshot('alliances-filtered');
    await app.page.goBack();
    await app.page.waitForURL((url) => !url.search.includes('region='));
    await expect.poll(() => rows.count()).toBe(before);
  });

  it('from the map: a province toggles the filter, which follows to the timeline; back restores', async () => {
    const app = await open(browser, '/regions');
    const shape = app.page.locator(`[data-code="${picks.province}"]`);
    await shape.click();
    await app.page.waitForURL(new RegExp(`region=${picks.province}`));
    await expect(shape.getAttribute('aria-pressed')).resolves.toBe('true');
    await app.screenshot('regions-selected');
    const entries = () => app.page.locator('[data-ordinal]').count();
    await app.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await app.page.waitForURL((url) => url.pathname === '/' && url.search.includes(picks.province));
    const filtered = await entries();
    await app.page.goBack();
    await app.page.waitForURL(/\/regions/);
    await app.page.locator(`[data-code="${picks.province}"]`).focus();
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL((url) => !url.search.includes('region='));
    await app.page.goto(app.page.url().replace('/regions', '/'));
    await app.page.locator('[data-ordinal]').first().waitFor();
    expect(await entries()).toBeGreaterThanOrEqual(filtered);
  });
});

describe('reader', () => {
  it('switches a Traditional article to Simplified, loading the converter only then', async () => {
    const app = await openPage(browser);
    const scripts = recordScripts(app.page);
    await app.goto(`/articles/${picks.hant}`);
    const title = app.page.locator('main h1');
    await title.waitFor();
    const original = await title.innerText();
    expect(scripts.some((s) => s.includes('/opencc-'))).toBe(false);
    await app.page.getByRole('link', { name: '简体' }).click();
    await app.page.waitForURL(/script=hans/);
    await expect.poll(() => title.getAttribute('lang')).toBe('zh-Hans');
    expect(await title.innerText()).not.toBe(original);
    expect(scripts.some((s) => s.includes('/opencc-'))).toBe(true);
    await app.screenshot('reader-hans');
    await app.page.getByRole('link', { name: '原文' }).click();
    await expect.poll(() => title.innerText()).toBe(original);
    expect(app.errors).toEqual([]);
  });

  it('prints without the header and filters, with the page and source addresses', async () => {
    const app = await open(browser, `/articles/${picks.hant}?region=${picks.province}`);
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.locator('header').first().isVisible()).toBe(false);
    expect(await app.page.getByRole('group', { name: 'Script' }).isVisible()).toBe(false);
    await expect(app.page.getByText(/^Printed from http/).isVisible()).resolves.toBe(true);
    await app.screenshot('reader-print');
  });

  it('shows a placeholder with the alt text when an image fails to load', async () => {
    const app = await openPage(browser);
    await app.page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
    await app.goto(`/articles/${picks.withImage}`);
    const placeholder = app.page.getByTestId('image-placeholder').first();
    await placeholder.waitFor();
    await expect(placeholder.innerText()).resolves.toMatch(/^Image unavailable/);
    await placeholder.scrollIntoViewIfNeeded();
    await app.screenshot('reader-image-failed');
  });
});

describe('shell', () => {
  it('switches the language, keeps it across links and in a new browser', async () => {
    const app = await open(browser, '/');
    await app.page.getByRole('link', { name: '中文' }).click();
    await app.page.waitForURL(/lang=zh/);
    await app.page.getByRole('heading', { level: 1, name: '时间线' }).waitFor();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await app.page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '联盟' })
      .click();
    await app.page.waitForURL(/\/alliances\?lang=zh/);
    const fresh = await open(
      browser,
      new URL(app.page.url()).pathname + new URL(app.page.url()).search,
    );
    await fresh.page.getByRole('heading', { level: 1, name: '联盟' }).waitFor();
    await fresh.screenshot('alliances-zh');
  });

  it('copies the link to the current view', async () => {
    const app = await open(browser, `/alliances?region=${picks.province}&lang=zh`);
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.page.getByRole('button', { name: '复制链接' }).click();
    await app.page.getByRole('button', { name: '已复制' }).waitFor();
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(app.page.url());
  });

  it('opens the shortcuts with ?, the search box with / and the region search with r', async () => {
    const app = await open(browser, '/');
    await app.page.keyboard.press('Shift+Slash');
    const dialog = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await app.screenshot('shortcuts');
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await app.page.keyboard.press('/');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('combobox');
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('r');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('search');
  });
});

describe('a journey, with region and language kept', () => {
  it('timeline → article → institution → alliance → network, and back', async () => {
    const keep = (url: string) => {
      const params = new URL(url).searchParams;
      expect(params.get('region')).toBe(picks.province);
      expect(params.get('lang')).toBe('zh');
    };
    const app = await open(browser, `/?region=${picks.province}&lang=zh`);
    const steps: string[] = [app.page.url()];
    await app.page.locator('[data-ordinal] a').first().click();
    await app.page.waitForURL(/\/articles\//);
    await app.page.locator('main h1').waitFor();
    steps.push(app.page.url());
    await app.page.locator('aside a[href*="/entities/i-"]').first().click();
    await app.page.waitForURL(/\/entities\/i-/);
    steps.push(app.page.url());
    const alliance = app.page.locator('main li a[href*="/entities/c-"]').first();
    await alliance.click();
    await app.page.waitForURL(/\/entities\/c-/);
    steps.push(app.page.url());
    await app.page.getByRole('link', { name: '在关系网络中查看' }).click();
    await app.page.waitForURL(/\/network\?focus=c-/);
    steps.push(app.page.url());
    steps.forEach(keep);
    for (let i = steps.length - 2; i >= 0; i--) {
      await app.page.goBack();
      await app.page.waitForURL(steps[i] as string);
    }
    // Every step's URL reopens the same view in a new browser.
    for (const url of steps) {
      const fresh = await openPage(browser);
      await fresh.page.goto(url);
      await fresh.page.locator('main h1').first().waitFor();
      expect(await fresh.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    }
  });
});

describe('history', () => {
  it('restores the scroll position on back, and starts a new page at the top', async () => {
    const app = await open(browser, '/about', 'light', 1024);
    await app.page.evaluate(() => window.scrollTo(0, 700));
    await expect.poll(() => app.page.evaluate(() => window.scrollY)).toBe(700);
    await app.page.locator('main table a[href*="/articles/"]').first().click();
    await app.page.waitForURL(/\/articles\//);
    await expect.poll(() => app.page.evaluate(() => window.scrollY)).toBe(0);
    await app.page.goBack();
    await app.page.waitForURL(/\/about/);
    await expect.poll(() => app.page.evaluate(() => Math.round(window.scrollY))).toBe(700);
  });
});

describe('timeline', () => {
  it('selects a range by dragging across the histogram', async () => {
    const app = await open(browser, '/');
    const box = await app.page.locator('figure svg').boundingBox();
    if (!box) throw new Error('no histogram');
    await app.page.mouse.move(box.x + 2, box.y + box.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 });
    await app.page.mouse.up();
    await app.page.waitForURL(/from=\d{4}.*to=\d{4}/);
    await expect
      .poll(() => app.page.getByRole('textbox', { name: 'From' }).inputValue())
      .toMatch(/^\d{4}/);
    await app.screenshot('timeline-range');
  });

  it('stays smooth at 100,000 articles: few rows in the DOM, End reaches the last one', async () => {
    const app = await openPage(browser);
    // The sharded layout the pipeline writes for 100k articles: a manifest and 50 summary shards.
    const files = syntheticShards(100_000);
    await app.page.route('**/data/**', (route) => {
      const body = files.get(new URL(route.request().url()).pathname.replace(/^.*?\/data\//, ''));
      return body === undefined
        ? route.fulfill({ status: 404, body: 'not found' })
        : route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await app.goto('/');
    await app.page.locator('[data-ordinal] a').first().waitFor({ timeout: 60_000 });
    expect(await app.page.locator('[data-row]').count()).toBeLessThan(100);
    const started = Date.now();
    await app.page.locator('[data-ordinal] a').first().focus();
    await app.page.keyboard.press('End');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/Synthetic article \d+/);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await app.page.locator('[data-row]').count()).toBeLessThan(100);
    await app.screenshot('timeline-100k-end');
    expect(app.errors).toEqual([]);
  });
});
