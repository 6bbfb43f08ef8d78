import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { openPage, type AppPage } from './browser';
import type { DatasetIndex } from '../../src/domain';
import { readShardedDataset } from '../pipeline/sharded-output';

/**
 * The built dataset, read from dist/ so the tests pick their articles and regions from whatever
 * the pipeline produced (ids come from file names and match keys, but counts change).
 */
export function builtDataset(): DatasetIndex {
  return readShardedDataset('dist/data').index;
}

export type Picks = {
  hans: string;
  hant: string;
  withImage: string;
  alliance: string;
  province: string;
};

/** Articles and entities that exercise each feature, found in the built dataset. */
export function pick(dataset: DatasetIndex): Picks {
  const withImages = new Set(
    readShardedDataset('dist/data')
      .bodies.filter((b) => b.blocks.some((block) => block.type === 'image'))
      .map((b) => b.id),
  );
  const hasImage = (id: string) => withImages.has(id);
  const article = (test: (a: DatasetIndex['articles'][number]) => boolean) => {
    const found = dataset.articles.find(test);
    if (!found) throw new Error('the built dataset lacks an article the e2e tests need');
    return found.id;
  };
  const collaborations = dataset.entities.filter((e) => e.kind === 'collaboration');
  const provinceOf = (code?: string) => (code ? `${code.slice(0, 2)}0000` : null);
  const counts = new Map<string, number>();
  for (const c of collaborations) {
    const p = provinceOf(c.regionCode);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const province = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const alliance = collaborations.find((c) => c.subtype === 'alliance' && c.regionCode)?.id;
  if (!province || !alliance) throw new Error('the built dataset lacks a located alliance');
  return {
    hans: article((a) => a.language === 'zh-Hans'),
    hant: article((a) => a.language === 'zh-Hant' && a.entityIds.length > 0),
    withImage: article((a) => hasImage(a.id)),
    alliance,
    province,
  };
}

/** Serious and critical axe violations, as short strings that read well in a failed assertion. */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Gzip size (bytes) of a built asset, by its URL path. */
export function gzipBytes(urlPath: string): number {
  const file = join('dist', urlPath.replace(/^\//, ''));
  return gzipSync(readFileSync(file)).length;
}

/** Records every script URL the page requests (main thread and workers alike). */
export function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js'))
      urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

/** Chunks that must never load on `/` or on an article. */
export const HEAVY_CHUNKS = /\/assets\/(cytoscape|graph-layout|network|regions|opencc)-/;

/** A fresh page at a URL in a colour scheme, once the view (not the loading panel) is drawn. */
export async function open(
  browser: Browser,
  path: string,
  scheme: 'light' | 'dark' = 'light',
  width = 1366,
): Promise<AppPage> {
  const app = await openPage(browser, width);
  await app.page.emulateMedia({ colorScheme: scheme });
  await app.goto(path);
  await app.page.locator('main h1').first().waitFor();
  await app.page.waitForLoadState('networkidle');
  return app;
}
