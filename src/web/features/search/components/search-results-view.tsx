import { useT } from '../../../lib/use-t';
import type { SearchResults } from '../search-protocol';
import { SNIPPET_ROWS } from '../use-search';
import { ArticleResult } from './article-result';
import { EntityResults } from './entity-results';

type SearchResultsViewProps = {
  q: string;
  results: SearchResults;
  regionLabel: (code: string) => string;
};

/** Entities first (what the user most likely means), then articles, each in score order. */
export function SearchResultsView({ q, results, regionLabel }: SearchResultsViewProps) {
  const { t } = useT();
  const { entities, articles, totalEntities, totalArticles } = results;
  return (
    <div className="space-y-8">
      {entities.length > 0 ? (
        <section aria-labelledby="search-entities">
          <h2 id="search-entities" className="mb-3 text-lg font-semibold text-ink">
            {t('search.entities')} <span className="text-faint tabular-nums">{totalEntities}</span>
          </h2>
          <EntityResults rows={entities} regionLabel={regionLabel} />
          {totalEntities > entities.length ? (
            <p className="mt-2 text-sm text-muted">
              {t('search.more', { count: totalEntities - entities.length })}
            </p>
          ) : null}
        </section>
      ) : null}
      {articles.length > 0 ? (
        <section aria-labelledby="search-articles">
          <h2 id="search-articles" className="mb-3 text-lg font-semibold text-ink">
            {t('search.articles')} <span className="text-faint tabular-nums">{totalArticles}</span>
          </h2>
          <ol className="space-y-3">
            {articles.map((row, i) => (
              <ArticleResult
                key={row.id}
                row={row}
                q={q}
                withSnippet={i < SNIPPET_ROWS}
                regionLabel={regionLabel}
              />
            ))}
          </ol>
          {totalArticles > articles.length ? (
            <p className="mt-2 text-sm text-muted">
              {t('search.more', { count: totalArticles - articles.length })}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
