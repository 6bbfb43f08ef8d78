import { useCallback, useMemo } from 'react';
import { ErrorScreen } from '../../components/error-screen';
import { LoadingPanel } from '../../components/loading-panel';
import { PageHeader } from '../../components/page-header';
import { SearchFacets } from '../../features/search/components/search-facets';
import { SearchField } from '../../features/search/components/search-field';
import { SearchHints } from '../../features/search/components/search-hints';
import { SearchResultsView } from '../../features/search/components/search-results-view';
import { useSearchResults, useTopAlliances } from '../../features/search/use-search';
import { useLoadedManifest } from '../../lib/api/get-manifest';
import { regionName } from '../../lib/dataset-lookups';
import { registerViewStrings } from '../../lib/i18n/views';
import { useT } from '../../lib/use-t';
import { useUrlState } from '../../lib/use-url-state';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** `/search?q=&kind=&language=&year=` (and the shell's `region`): full-text search. */
export default function SearchRoute() {
  // Results carry what their rows show; the manifest names the regions. No dataset shard loads.
  const manifest = useLoadedManifest();
  const { q, region, language, kind, year, update } = useUrlState();
  const { t, lang } = useT();
  const filters = useMemo(() => ({ region, language, kind, year }), [region, language, kind, year]);
  const search = useSearchResults(q, filters);
  const alliances = useTopAlliances().data ?? [];
  const regions = useMemo(() => new Map(manifest.regions.map((r) => [r.code, r])), [manifest]);
  const regionLabel = useCallback(
    (code: string) => regionName(regions.get(code), lang),
    [regions, lang],
  );
  const data = q.trim() ? search.data : undefined;
  const total = data ? data.totalEntities + data.totalArticles : 0;
  const faceted = language !== null || kind !== null || year !== null;
  const showFacets = total > 0 || faceted;

  return (
    <>
      <PageHeader
        title={q ? t('search.resultsFor', { query: q }) : t('search.title')}
        description={t('search.description')}
      />
      <SearchField
        value={q}
        onChange={(next, commit) => update({ q: next }, { replace: !commit })}
      />
      {!q.trim() ? (
        <SearchHints mode="empty" alliances={alliances} />
      ) : search.isError ? (
        <ErrorScreen
          title={t('search.failed')}
          error={search.error}
          retrying={search.isFetching}
          onRetry={() => void search.refetch()}
        />
      ) : !data ? (
        <LoadingPanel label={t('searchBox.loading')} />
      ) : (
        <div className={`grid gap-8 ${showFacets ? 'lg:grid-cols-[13rem_1fr]' : ''}`}>
          {showFacets ? (
            <SearchFacets
              facets={data.facets}
              state={{ kind, language, year, region }}
              regionLabel={regionLabel}
              onChange={(patch) => update(patch)}
            />
          ) : null}
          <div
            aria-busy={search.isFetching}
            // For the bench: which query the shown results answer (stale while the next one runs).
            data-results-for={search.isPlaceholderData ? undefined : q}
          >
            <p role="status" className="mb-4 text-sm text-muted">
              {t('search.summary', { count: total, ms: Math.max(1, Math.round(data.ms)) })}
              {region.length > 0 ? ` ${t('search.regionActive')}` : ''}
            </p>
            {total === 0 ? (
              <SearchHints
                mode="none"
                query={q}
                alliances={alliances}
                filtered={faceted}
                regionFiltered={region.length > 0}
                onClearFacets={() => update({ kind: null, language: null, year: null })}
              />
            ) : (
              <SearchResultsView q={q} results={data} regionLabel={regionLabel} />
            )}
          </div>
        </div>
      )}
    </>
  );
}
