/**
 * The built app over one dataset, cold, in headless Chromium: an article's deep link (largest
 * contentful paint) and the timeline (first entry painted, then long tasks and DOM rows while
 * scrolling). Medians of `runs` cold loads; each load is a fresh browser context.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { coldLoad, scrollLongTasks } from './page-measures';
import { median, serveSite } from './site';

/** The first article of the first summary shard: the same one bench-browse opens. */
export function sampleArticle(data: string): string {
  const shard = JSON.parse(readFileSync(join(data, 'summaries/0.json'), 'utf8')) as {
    articles: { id: string }[];
  };
  const id = shard.articles[0]?.id;
  if (!id) throw new Error('the dataset has no articles');
  return id;
}

export async function measureApp(browser: Browser, app: string, data: string, runs = 3) {
  const site = await serveSite(app, data, { compress: true });
  try {
    const article = sampleArticle(data);
    const lcp: number[] = [];
    const painted: number[] = [];
    for (let i = 0; i < runs; i++) {
      const load = await coldLoad(browser, `${site.url}articles/${article}`, 'main article h1');
      lcp.push(load.lcpMs);
      painted.push(load.firstMs);
      await load.context.close();
    }
    const firsts: number[] = [];
    let scroll: Awaited<ReturnType<typeof scrollLongTasks>> | null = null;
    let loadLongTasks: number[] = [];
    for (let i = 0; i < runs; i++) {
      const load = await coldLoad(browser, site.url, 'main [data-row]');
      firsts.push(load.firstMs);
      if (i === runs - 1) {
        loadLongTasks = load.longTasks;
        scroll = await scrollLongTasks(load.page, { rowSelector: '[data-row]' });
      }
      await load.context.close();
    }
    return {
      article,
      deepLinkLcpMs: Math.round(median(lcp)),
      deepLinkLcpSamplesMs: lcp.map(Math.round),
      deepLinkTitleMs: Math.round(median(painted)),
      timelineFirstRowMs: Math.round(median(firsts)),
      timelineLoadLongTasks: loadLongTasks,
      timelineScroll: scroll,
    };
  } finally {
    await site.close();
  }
}
