import type { ArticleSummary, DatasetIndex, Entity, Language, Region } from '../../domain';
import { regionContains } from '../../domain';

export type DatasetLookups = {
  article: (id: string) => ArticleSummary | undefined;
  entity: (id: string) => Entity | undefined;
  region: (code: string | undefined | null) => Region | undefined;
  /** The script an entity's original name is written in: that of the first article naming it. */
  entityLanguage: (id: string) => Language | undefined;
  /** Articles that list the entity, in dataset order. */
  articlesOf: (entityId: string) => ArticleSummary[];
};

const cache = new WeakMap<DatasetIndex, DatasetLookups>();

/** Id → record maps, built once per parsed dataset (the dataset object is immutable). */
export function lookups(dataset: DatasetIndex): DatasetLookups {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const regions = new Map(dataset.regions.map((r) => [r.code, r]));
  const byEntity = new Map<string, ArticleSummary[]>();
  for (const article of dataset.articles) {
    for (const id of article.entityIds) byEntity.set(id, [...(byEntity.get(id) ?? []), article]);
  }
  const built: DatasetLookups = {
    article: (id) => articles.get(id),
    entity: (id) => entities.get(id),
    region: (code) => (code ? regions.get(code) : undefined),
    entityLanguage: (id) => byEntity.get(id)?.[0]?.language,
    articlesOf: (id) => byEntity.get(id) ?? [],
  };
  cache.set(dataset, built);
  return built;
}

/** True when no filter is set or any code lies inside one of the selected regions. */
export function matchesRegion(
  codes: readonly (string | undefined)[],
  selected: readonly string[],
): boolean {
  if (selected.length === 0) return true;
  return codes.some((code) => code !== undefined && selected.some((s) => regionContains(s, code)));
}

export function regionLabel(region: Region | undefined): string {
  if (!region) return '—';
  return region.nameEn ? `${region.name} · ${region.nameEn}` : region.name;
}
