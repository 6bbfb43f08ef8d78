import type { SearchResults } from '../../../../domain/search';
import { useT } from '../../../lib/use-t';
import {
  SEARCH_KINDS,
  SEARCH_LANGUAGES,
  type SearchKindParam,
  type SearchLanguageParam,
  type UrlState,
} from '../../../lib/url-state';
import { rankFacet, yearFacet } from '../facet-values';
import { FacetGroup } from './facet-group';

type SearchFacetsProps = {
  facets: SearchResults['facets'];
  state: Pick<UrlState, 'kind' | 'language' | 'year' | 'region'>;
  regionLabel: (code: string) => string;
  onChange: (patch: Partial<UrlState>) => void;
};

const kindOrder = (a: string, b: string) =>
  SEARCH_KINDS.indexOf(a as SearchKindParam) - SEARCH_KINDS.indexOf(b as SearchKindParam);

/**
 * Kind, article language, year and province, each counted over the results the other facets
 * (and the shell's region filter) leave. Province picks set the shell's region filter.
 */
export function SearchFacets({ facets, state, regionLabel, onChange }: SearchFacetsProps) {
  const { t } = useT();
  const province = state.region.length === 1 ? (state.region[0] ?? null) : null;
  return (
    <aside aria-label={t('search.facets')}>
      <FacetGroup
        title={t('search.facet.kind')}
        values={rankFacet(facets.kind, state.kind, kindOrder).map((v) => ({
          ...v,
          label: t(`search.kinds.${v.value as SearchKindParam}`),
        }))}
        selected={state.kind}
        onSelect={(kind) => onChange({ kind: kind as SearchKindParam | null })}
      />
      <FacetGroup
        title={t('search.facet.language')}
        values={rankFacet(facets.language, state.language)
          .filter((v) => SEARCH_LANGUAGES.includes(v.value as SearchLanguageParam))
          .map((v) => ({ ...v, label: t(`languages.${v.value as SearchLanguageParam}`) }))}
        selected={state.language}
        onSelect={(language) => onChange({ language: language as SearchLanguageParam | null })}
      />
      <FacetGroup
        title={t('search.facet.year')}
        values={yearFacet(facets.year, state.year === null ? null : String(state.year)).map(
          (v) => ({ ...v, label: v.value }),
        )}
        selected={state.year === null ? null : String(state.year)}
        onSelect={(year) => onChange({ year: year === null ? null : Number(year) })}
      />
      <FacetGroup
        title={t('search.facet.region')}
        values={rankFacet(facets.region, province, undefined, 12).map((v) => ({
          ...v,
          label: regionLabel(v.value),
        }))}
        selected={province}
        onSelect={(code) => onChange({ region: code === null ? [] : [code] })}
      />
    </aside>
  );
}
