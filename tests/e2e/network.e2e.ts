import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { open } from './view-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** 沈阳市科技创新大联盟 (Shenyang) and a Shaanxi alliance, from the seeds. */
const SHENYANG = 'c-a45528f7';
const counts = async (app: Awaited<ReturnType<typeof open>>) => {
  const status = app.page.getByTestId('network-status');
  return {
    nodes: Number(await status.getAttribute('data-node-count')),
    edges: Number(await status.getAttribute('data-edge-count')),
  };
};

describe('network view', () => {
  it('opens a cold deep link with focus and region: the subgraph and the panel', async () => {
    const all = await open(browser, '/network');
    const whole = await counts(all);
    const app = await open(browser, `/network?focus=${SHENYANG}&region=210100&lang=zh`);
    const panel = app.page.getByTestId('node-panel');
    await panel.getByRole('heading', { name: '沈阳市科技创新大联盟' }).waitFor();
    const sub = await counts(app);
    expect(sub.nodes).toBeGreaterThan(0);
    expect(sub.nodes).toBeLessThan(whole.nodes);
    await panel.locator('blockquote').first().waitFor();
    expect(await panel.locator('a[href*="/articles/"]').count()).toBeGreaterThan(0);
    mkdirSync('test-results/screenshots', { recursive: true });
    await app.page.screenshot({ path: 'test-results/screenshots/network-focus-region.png' });
    expect(app.errors).toEqual([]);
  });

  it('narrows to the neighbourhood with hops', async () => {
    const app = await open(browser, `/network?focus=${SHENYANG}&hops=1`);
    const one = await counts(app);
    expect(one.nodes).toBeGreaterThan(1);
    expect(one.nodes).toBeLessThan(10);
  });

  it('a tap on a node writes ?focus= and back restores the previous view', async () => {
    const app = await open(browser, '/network');
    // The search box focuses a node through the same callback as a tap.
    await app.page.getByRole('searchbox').fill('沈阳市科技创新');
    await app.page.getByRole('button', { name: /沈阳市科技创新大联盟/ }).click();
    await app.page.waitForURL(new RegExp(`focus=${SHENYANG}`));
    await app.page.getByTestId('node-panel').waitFor();
    await app.page.goBack();
    await app.page.waitForURL((u) => !u.search.includes('focus='));
    expect(await app.page.getByTestId('node-panel').count()).toBe(0);
    await app.page.goForward();
    await app.page.getByTestId('node-panel').waitFor();
  });

  it('hovering a node names it; clicking it writes ?focus=', async () => {
    const app = await open(browser, '/network?region=610000');
    await app.page.waitForTimeout(300);
    const canvas = await app.page.getByRole('img', { name: /Network of/ }).boundingBox();
    if (!canvas) throw new Error('no canvas');
    const tip = app.page.getByTestId('network-tooltip');
    // Sweep the canvas until the pointer is over a node (its tooltip shows the full name).
    let hit: { x: number; y: number } | null = null;
    for (let y = canvas.y + 40; y < canvas.y + canvas.height - 20 && !hit; y += 14)
      for (let x = canvas.x + 20; x < canvas.x + canvas.width - 20 && !hit; x += 14) {
        await app.page.mouse.move(x, y);
        if (await tip.count()) hit = { x, y };
      }
    if (!hit) throw new Error('no node under the pointer anywhere');
    expect((await tip.textContent())?.length).toBeGreaterThan(1);
    await app.page.mouse.click(hit.x, hit.y);
    await app.page.waitForURL(/focus=[ci]-[0-9a-f]{8}/);
    await app.page.getByTestId('node-panel').waitFor();
    await app.page.goBack();
    await app.page.waitForURL((u) => !u.search.includes('focus='));
  });

  it('the list view shows the same nodes and edges as the graph', async () => {
    const graph = await open(browser, '/network?region=610000');
    const drawn = await counts(graph);
    const list = await open(browser, '/network?region=610000&view=list');
    expect(await counts(list)).toEqual(drawn);
    expect(await list.page.getByTestId('list-node-rows').locator('tr').count()).toBe(drawn.nodes);
    expect(await list.page.getByTestId('list-edge-rows').locator('tr').count()).toBe(drawn.edges);
  });

  it('exports the filtered graph as files', async () => {
    const app = await open(browser, '/network?region=610000');
    for (const [name, file] of [
      ['GraphML', /\.graphml$/],
      ['GEXF', /\.gexf$/],
      ['CSV nodes', /nodes\.csv$/],
      ['PNG', /\.png$/],
    ] as const) {
      const [download] = await Promise.all([
        app.page.waitForEvent('download'),
        app.page.getByRole('button', { name, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(file);
    }
    expect(app.errors).toEqual([]);
  });
});
