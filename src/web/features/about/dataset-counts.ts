import type { EntityKind, Language, Manifest } from '../../../domain';

export type DatasetCounts = {
  articles: number;
  byLanguage: Partial<Record<Language, number>>;
  byKind: Partial<Record<EntityKind, number>>;
  relations: number;
  datedRelations: number;
  regions: number;
  /** First and last year any article was published or reports an event, when known. */
  years: [number, number] | null;
};

/**
 * The About page's numbers, from the manifest alone (no shard): at 100k articles the page opens
 * at once. Years come from the timeline density, whose bins are exactly the dated publications
 * and events.
 */
export function manifestCounts(manifest: Manifest): DatasetCounts {
  const years = manifest.density
    .filter((bin) => bin.events + bin.published > 0)
    .map((bin) => Number(bin.key.slice(0, 4)));
  return {
    articles: manifest.counts.articles,
    byLanguage: manifest.facets.languages as DatasetCounts['byLanguage'],
    byKind: manifest.counts.byKind,
    relations: manifest.counts.relations,
    datedRelations: manifest.counts.datedRelations,
    regions: manifest.counts.regions,
    years: years.length ? [Math.min(...years), Math.max(...years)] : null,
  };
}
