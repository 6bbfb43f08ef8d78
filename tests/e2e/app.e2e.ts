import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';

// Seed 000 (front matter + HTML) and seed 002 (CRI, Shaanxi) from data/raw.
const ARTICLE_ID = '000_8acf72d1639afed9';
const ARTICLE_TITLE = '母婴大健康产业技术创新联盟升级盛启';
const SHAANXI = '610000';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('cold deep links', () => {
  it('opens the timeline at /', async () => {
    const app = await openPage(browser);
    await app.goto('/');
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect(
      app.page.getByRole('link', { name: ARTICLE_TITLE }).first().isVisible(),
    ).resolves.toBe(true);
    await app.screenshot('timeline');
    expect(app.errors).toEqual([]);
  });

  it('opens an article at /articles/:id and shows its title', async () => {
    const app = await openPage(browser);
    await app.goto(`/articles/${ARTICLE_ID}`);
    const title = app.page.getByRole('heading', { level: 1, name: ARTICLE_TITLE });
    await title.waitFor();
    const body = await app.page.locator('main').innerText();
    expect(body).toContain('3月31日');
    expect(body).not.toMatch(/<\/?[a-z]+[^>]*>/);
    await app.screenshot('reader');
    expect(app.errors).toEqual([]);
  });

  it('paints an article from the manifest and one body shard, nothing else', async () => {
    const app = await openPage(browser);
    const requested: string[] = [];
    // Every other dataset file hangs: if the reader needed one before painting, it never would.
    await app.page.route('**/data/**', (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, '');
      requested.push(path);
      if (path === 'manifest.json' || path.startsWith('bodies/')) return route.continue();
      return new Promise<void>(() => {});
    });
    await app.goto(`/articles/${ARTICLE_ID}`);
    await app.page.getByRole('heading', { level: 1, name: ARTICLE_TITLE }).waitFor();
    await app.page.getByRole('complementary').getByRole('link').first().waitFor();
    expect(requested.filter((p) => p === 'manifest.json' || p.startsWith('bodies/'))).toEqual([
      'manifest.json',
      expect.stringMatching(/^bodies\/\d+\.json$/),
    ]);
  });

  it('shows a not-found page for an unknown article id', async () => {
    const app = await openPage(browser);
    await app.goto('/articles/no-such-article');
    await app.page.getByRole('heading', { name: /not found/i }).waitFor();
    await app.screenshot('not-found');
  });

  it('shows a clear error screen when the manifest is corrupt', async () => {
    const app = await openPage(browser);
    await app.page.route('**/data/manifest.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"schemaVersion": 1, "articles": [{"id": 5',
      }),
    );
    await app.goto('/');
    await app.page.getByRole('alert').waitFor();
    await expect(app.page.getByRole('alert').innerText()).resolves.toMatch(/dataset/i);
    await app.screenshot('error-corrupt-index');
  });
});

describe('network', () => {
  it('draws a canvas with nodes at /network', async () => {
    const app = await openPage(browser);
    await app.goto('/network');
    const canvas = app.page.locator('canvas').first();
    await canvas.waitFor();
    const status = app.page.getByTestId('network-status');
    await status.waitFor();
    const nodes = Number(await status.getAttribute('data-node-count'));
    expect(nodes).toBeGreaterThan(0);
    // Give the layout a moment to settle before the screenshot.
    await app.page.waitForTimeout(800);
    await app.screenshot('network');
    expect(app.errors).toEqual([]);
  });
});

describe('region filter', () => {
  it('updates the URL and the alliance list; back and forward restore it', async () => {
    const app = await openPage(browser);
    await app.goto('/alliances');
    const rows = app.page.locator('main').getByRole('row');
    await rows.first().waitFor();
    const before = await rows.count();
    expect(before).toBeGreaterThan(2);

    await app.page.getByRole('button', { name: /^Region:/ }).click();
    await app.page.getByRole('checkbox', { name: /^Shaanxi/ }).check();
    await app.page.keyboard.press('Escape');
    await app.page.waitForURL(/region=610000/);
    await expect.poll(() => rows.count()).toBeLessThan(before);
    const filtered = await app.page.locator('main').innerText();
    expect(filtered).toMatch(/陜西醫工産業聯盟|陕西医工产业联盟/);
    await app.screenshot('alliances-shaanxi');

    await app.page.goBack();
    await app.page.waitForURL((u) => !u.search.includes('region='));
    await expect.poll(() => rows.count()).toBe(before);

    await app.page.goForward();
    await app.page.waitForURL(/region=610000/);
    await expect.poll(() => rows.count()).toBeLessThan(before);
  });

  it('keeps the region when following navigation links', async () => {
    const app = await openPage(browser);
    await app.goto(`/alliances?region=${SHAANXI}`);
    await app.page
      .getByRole('navigation')
      .getByRole('link', { name: /timeline/i })
      .click();
    await app.page.waitForURL(/region=610000/);
    expect(new URL(app.page.url()).pathname).toBe('/');
  });
});
