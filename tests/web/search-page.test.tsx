// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleBody, DatasetIndex } from '../../src/domain';
import { createSearchService } from '../../src/web/features/search/search-service';
import type { SearchRequest } from '../../src/web/features/search/search-protocol';
import { memoryLoader, shardedFiles } from '../search/search-helpers';
import { FakeWorker } from './fake-worker';
import { FIXTURE_DIR } from './fixture-server';
import { renderRoute } from './render-route';

// The search index of the fixture dataset, built by the pipeline's own code, in 3 shards.
const index = JSON.parse(readFileSync(join(FIXTURE_DIR, 'index.json'), 'utf8')) as DatasetIndex;
const bodies = readdirSync(join(FIXTURE_DIR, 'articles')).map(
  (f) => JSON.parse(readFileSync(join(FIXTURE_DIR, 'articles', f), 'utf8')) as ArticleBody,
);
const handle = createSearchService(memoryLoader(shardedFiles(index, bodies, { shardCount: 3 })));

/** jsdom has no Worker: the search worker runs its service in-process, the data worker as before. */
class RoutingWorker extends FakeWorker {
  private readonly search: boolean;
  constructor(url: string | URL) {
    super();
    this.search = String(url).includes('search-worker');
  }
  override postMessage(request: never): void {
    if (!this.search) return super.postMessage(request);
    void handle(request as SearchRequest).then((reply) =>
      setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent), 0),
    );
  }
}

beforeEach(() => {
  vi.stubGlobal('Worker', RoutingWorker);
});

const SHAANXI = 'shaanxi-medical-engineering-alliance';
const articleHrefs = () =>
  within(screen.getByRole('region', { name: /^Articles/ }))
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'));

describe('search page', () => {
  it('finds a Traditional article from Simplified input, entities first, with a marked snippet', async () => {
    renderRoute('/search?q=陕西');
    const articles = await screen.findByRole('region', { name: /^Articles/ });
    expect(articleHrefs()[0]).toBe(`/articles/${SHAANXI}`);
    const entities = screen.getByRole('region', { name: /^Alliances, institutions and people/ });
    expect(
      entities.compareDocumentPosition(articles) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(within(entities).getByRole('link', { name: /陝西醫工產業聯盟/ })).toHaveAttribute(
      'href',
      '/entities/c-05230efd',
    );
    // The snippet is the article's own text (Traditional), with 陝西 marked.
    await waitFor(() => expect(articles.querySelector('mark')?.textContent).toBe('陝西'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results for “陕西”');
  });

  it('counts facets and narrows by them through the URL', async () => {
    const { user, router } = renderRoute('/search?q=联盟');
    await screen.findByRole('region', { name: /^Articles/ });
    const kind = screen.getByRole('group', { name: 'Kind' });
    expect(within(kind).getByRole('button', { name: /Articles/ })).toHaveTextContent(/\d/);
    await user.click(within(kind).getByRole('button', { name: /Articles/ }));
    await waitFor(() => expect(router.location.search).toContain('kind=article'));
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: /^Alliances, institutions and people/ }),
      ).not.toBeInTheDocument(),
    );
    const language = screen.getByRole('group', { name: 'Article language' });
    await user.click(within(language).getByRole('button', { name: /Traditional Chinese/ }));
    await waitFor(() => expect(router.location.search).toContain('language=zh-Hant'));
    await waitFor(() => expect(articleHrefs()).toEqual([`/articles/${SHAANXI}`]));
  });

  it('applies the shell’s region filter', async () => {
    renderRoute('/search?q=联盟&region=210000');
    await screen.findByRole('region', { name: /^Articles/ });
    expect(articleHrefs()).not.toContain(`/articles/${SHAANXI}`);
    expect(screen.getByText(/Only results in the selected regions/)).toBeInTheDocument();
  });

  it('suggests queries and the most-named alliances when empty', async () => {
    renderRoute('/search');
    await screen.findByRole('heading', { name: 'What are you looking for?' });
    expect(screen.getByRole('link', { name: '陝西' })).toHaveAttribute(
      'href',
      `/search?q=${encodeURIComponent('陝西')}`,
    );
    expect(await screen.findByRole('link', { name: '陝西醫工產業聯盟' })).toBeInTheDocument();
  });

  it('says what to try when nothing matches, in Chinese too', async () => {
    renderRoute('/search?q=zzqqxx&lang=zh');
    expect(await screen.findByRole('heading', { name: '没有找到“zzqqxx”' })).toBeInTheDocument();
    expect(screen.getByText(/两个字就够了/)).toBeInTheDocument();
  });
});

describe('header search box', () => {
  it('suggests entities as a combobox; arrows and Enter open one', async () => {
    const { user, router } = renderRoute('/alliances');
    await screen.findByRole('heading', { level: 1, name: 'Alliances' });
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.click(box);
    await user.keyboard('西安');
    const list = await screen.findByRole('listbox', { name: 'Suggestions' });
    await waitFor(() => expect(within(list).getAllByRole('option').length).toBeGreaterThan(1));
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    const active = box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(document.getElementById(active ?? '')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.location.pathname).toMatch(/^\/entities\//));
  });

  it('Enter without a highlighted suggestion opens the search page', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    await user.keyboard('/');
    await user.keyboard('王明{Enter}');
    await waitFor(() => expect(router.location.pathname).toBe('/search'));
    expect(new URLSearchParams(router.location.search).get('q')).toBe('王明');
  });
});
