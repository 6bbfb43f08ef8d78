import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type AppPage } from './browser';
import { axeProblems } from './view-helpers';

// Search end to end, over the seed dataset in dist/. Ids come from the raw files' names.
const SHAANXI = '002_756aca3129949c7d';
const PUTUO = '001_add32ab2eb8e2b21';
const CHENGDU = '004_f1e248e0704a5347';
const SHENYANG = '000_8acf72d1639afed9';

/** Alliance ids, read from the search index's own stored fields (kind, subtype). */
function allianceIds(): string[] {
  const base = JSON.parse(readFileSync('dist/data/search/base-0.json', 'utf8')) as {
    ids: string[];
    stored: unknown[][];
  };
  return base.ids.filter((_, i) => base.stored[i]?.[3] === 'alliance').map((id) => id.slice(2));
}

let browser: Browser;
beforeAll(async () => {
  const { launch } = await import('./browser');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const articleLinks = (page: Page) =>
  page
    .locator('#search-articles ~ ol a[href^="/articles/"]')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').pop() ?? ''),
    );

async function searchPage(q: string): Promise<AppPage> {
  const app = await openPage(browser);
  await app.goto(`/search?q=${encodeURIComponent(q)}`);
  await app.page.getByText(/results? in \d+ ms/).waitFor();
  return app;
}

describe('search golden set', () => {
  it.each([
    ['陕西', SHAANXI],
    ['陝西', SHAANXI],
    ['普陀', PUTUO],
    ['Chengdu', CHENGDU],
    ['刘伟', SHENYANG],
    ['顧曉松', PUTUO],
    ['顾晓松', PUTUO],
    ['萨娅', PUTUO],
  ])('%s puts the right article first', async (q, id) => {
    const app = await searchPage(q);
    expect((await articleLinks(app.page))[0]).toBe(id);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('联盟 finds every alliance, with highlighted snippets in the article’s own script', async () => {
    const app = await searchPage('联盟');
    const entityLinks = await app.page
      .locator('#search-entities ~ ul a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/').pop()));
    const alliances = allianceIds();
    expect(alliances.length).toBeGreaterThan(0);
    for (const id of alliances) expect(entityLinks).toContain(id);
    // The Traditional article's snippet marks 聯盟 in Traditional characters.
    const row = app.page.locator('li', {
      has: app.page.locator(`a[href^="/articles/${SHAANXI}"]`),
    });
    await expect.poll(() => row.locator('mark').allInnerTexts()).toContain('聯盟');
    expect(await axeProblems(app.page)).toEqual([]);
    await app.screenshot('search-results-light');
    await app.page.evaluate(() => document.documentElement.classList.add('dark'));
    // Let the colour transitions (150 ms) finish before measuring contrast.
    await app.page.waitForTimeout(400);
    expect(await axeProblems(app.page)).toEqual([]);
    await app.screenshot('search-results-dark');
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});

describe('search page', () => {
  it('facets narrow the results and live in the URL; back restores', async () => {
    const app = await searchPage('联盟');
    const before = await articleLinks(app.page);
    expect(before).toContain(SHENYANG);
    await app.page.getByRole('button', { name: /^Traditional Chinese/ }).click();
    await app.page.waitForURL(/language=zh-Hant/);
    await expect
      .poll(async () => (await articleLinks(app.page)).length)
      .toBeLessThan(before.length);
    expect(await articleLinks(app.page)).not.toContain(SHENYANG);
    await app.page.getByRole('button', { name: /^Articles/ }).click();
    await app.page.waitForURL(/kind=article/);
    await expect.poll(() => app.page.locator('#search-entities').count()).toBe(0);
    await app.page.goBack();
    await app.page.goBack();
    await app.page.waitForURL((url) => !url.search.includes('language='));
    await expect.poll(() => articleLinks(app.page)).toEqual(before);
    await app.page.context().close();
  });

  it.each(['🎉🎉', '.*+?^${}()|[]\\', '、，。！', 'x'.repeat(1000)])(
    'odd input %# shows a helpful no-result state, never an error',
    async (q) => {
      const app = await searchPage(q);
      await app.page.getByRole('heading', { name: /^Nothing found for/ }).waitFor();
      expect(app.errors).toEqual([]);
      await app.page.context().close();
    },
  );

  it('reads in Chinese: labels, facets and the no-result advice', async () => {
    const app = await openPage(browser);
    await app.goto(`/search?q=${encodeURIComponent('医')}&lang=zh`);
    await app.page.getByText(/条结果，用时/).waitFor();
    await app.page.getByRole('group', { name: '文章语言' }).waitFor();
    await app.screenshot('search-zh');
    await app.goto(`/search?q=${encodeURIComponent('不存在的名字')}&lang=zh`);
    await app.page.getByRole('heading', { name: /^没有找到/ }).waitFor();
    expect(await axeProblems(app.page)).toEqual([]);
    await app.screenshot('search-none-zh');
    await app.page.context().close();
  });

  it('an empty search page suggests queries and alliances', async () => {
    const app = await openPage(browser);
    await app.goto('/search');
    await app.page.getByRole('heading', { name: 'What are you looking for?' }).waitFor();
    await app.page.getByRole('link', { name: '陝西' }).click();
    await app.page.waitForURL(/q=%E9%99%9D%E8%A5%BF/);
    await app.page.getByText(/results? in \d+ ms/).waitFor();
    expect((await articleLinks(app.page))[0]).toBe(SHAANXI);
    await app.screenshot('search-empty-to-results');
    await app.page.context().close();
  });
});

describe('header search box', () => {
  it('never loads the search worker on / or an article’s first paint', async () => {
    for (const path of ['/', `/articles/${SHAANXI}`]) {
      const app = await openPage(browser);
      const urls: string[] = [];
      app.page.on('request', (r) => urls.push(r.url()));
      await app.goto(path);
      await app.page.locator('main h1').first().waitFor();
      await app.page.waitForLoadState('networkidle');
      expect(urls.filter((u) => /search-worker|\/data\/search\//.test(u))).toEqual([]);
      await app.page.context().close();
    }
  });

  it('/ focuses it; suggestions are a keyboard combobox; Enter searches', async () => {
    const app = await openPage(browser);
    await app.goto('/alliances');
    await app.page.locator('main h1').waitFor();
    await app.page.keyboard.press('/');
    const box = app.page.getByRole('combobox', { name: 'Search' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.type('陝西');
    const list = app.page.getByRole('listbox', { name: 'Suggestions' });
    await list.getByRole('option').first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await axeProblems(app.page)).toEqual([]);
    await app.screenshot('search-typeahead');
    await app.page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await app.page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(/\/entities\//);
    // The URL changes first; the router keeps the old page until the entity page has loaded
    // (a transition), and a new page closes the list: type the next query on the new page.
    await app.page.locator('main article h1').waitFor();
    await app.page.keyboard.press('/');
    await box.fill('普陀');
    await list.getByRole('option').first().waitFor();
    await app.page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(/\/search\?q=%E6%99%AE%E9%99%80/);
    await app.page.getByText(/results? in \d+ ms/).waitFor();
    expect((await articleLinks(app.page))[0]).toBe(PUTUO);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('the region filter applies to search results', async () => {
    const app = await openPage(browser);
    await app.goto(`/search?q=${encodeURIComponent('联盟')}&region=610000`);
    await app.page.getByText(/results? in \d+ ms/).waitFor();
    const ids = await articleLinks(app.page);
    expect(ids).toContain(SHAANXI);
    expect(ids).not.toContain(SHENYANG);
    await app.page.context().close();
  });
});
