import { provinceCodeOf, regionContains } from '../region-codes';
import type { SearchHit } from './query';
import type { SearchKind, SearchLanguage, StoredFields } from './search-options';

export interface SearchFilters {
  /** The shell's region filter: GB/T 2260 codes, a province includes its cities and districts. */
  region: string[];
  language: SearchLanguage | null;
  kind: SearchKind | null;
  year: number | null;
}

/** One result row, ready to render: the stored fields, with the article's or entity's own id. */
export type ResultRow = Omit<StoredFields, 'year' | 'weight'> & { id: string };

export type FacetCounts = Record<string, number>;

export interface SearchResults {
  entities: ResultRow[];
  articles: ResultRow[];
  totalEntities: number;
  totalArticles: number;
  /** Each facet counted with the other facets (and the region filter) applied, not its own. */
  facets: { kind: FacetCounts; language: FacetCounts; year: FacetCounts; region: FacetCounts };
}

export const NO_FILTERS: SearchFilters = { region: [], language: null, kind: null, year: null };

const inRegion = (hit: SearchHit, region: string[]) =>
  region.length === 0 || hit.regionCodes.some((c) => region.some((r) => regionContains(r, c)));

type Facet = 'kind' | 'language' | 'year';
const passes = (hit: SearchHit, f: SearchFilters, skip?: Facet) =>
  (skip === 'kind' || f.kind === null || hit.kind === f.kind) &&
  (skip === 'language' || f.language === null || hit.language === f.language) &&
  (skip === 'year' || f.year === null || hit.year === f.year);

function bump(counts: FacetCounts, key: string | number | null | undefined) {
  if (key === null || key === undefined || key === '') return;
  counts[key] = (counts[key] ?? 0) + 1;
}

export const toRow = (hit: { id: unknown } & StoredFields): ResultRow => ({
  id: String(hit.id).slice(2),
  kind: hit.kind,
  title: hit.title,
  en: hit.en,
  subtype: hit.subtype,
  language: hit.language,
  date: hit.date,
  regionCodes: hit.regionCodes,
});

/**
 * Filters ranked hits (region first, then the facets), counts facets and keeps the top rows of
 * each group: entities first, then articles, each in score order.
 */
export function searchResults(
  hits: SearchHit[],
  filters: SearchFilters,
  limits: { entities: number; articles: number },
): SearchResults {
  const facets: SearchResults['facets'] = { kind: {}, language: {}, year: {}, region: {} };
  const entities: ResultRow[] = [];
  const articles: ResultRow[] = [];
  let totalEntities = 0;
  let totalArticles = 0;
  for (const hit of hits) {
    // Region counts ignore the region filter, so the user sees where else results are.
    if (passes(hit, filters))
      for (const p of new Set(hit.regionCodes.map(provinceCodeOf))) bump(facets.region, p);
    if (!inRegion(hit, filters.region)) continue;
    if (passes(hit, filters, 'kind')) bump(facets.kind, hit.kind);
    if (passes(hit, filters, 'language')) bump(facets.language, hit.language);
    if (passes(hit, filters, 'year')) bump(facets.year, hit.year);
    if (!passes(hit, filters)) continue;
    if (hit.kind === 'article') {
      if (totalArticles++ < limits.articles) articles.push(toRow(hit));
    } else if (totalEntities++ < limits.entities) entities.push(toRow(hit));
  }
  return { entities, articles, totalEntities, totalArticles, facets };
}

/** The most-named entities of a subtype (ties by title): starting points when nothing is typed. */
export function topEntities(
  docs: Iterable<{ id: string } & StoredFields>,
  subtype: string,
  limit: number,
): ResultRow[] {
  const found = [...docs].filter((d) => d.subtype === subtype);
  found.sort((a, b) => b.weight - a.weight || a.title.localeCompare(b.title));
  return found.slice(0, limit).map(toRow);
}
