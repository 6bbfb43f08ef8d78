import type {
  ArticleSummary,
  DatasetIndex,
  Entity,
  Language,
  Region,
  Relation,
} from '../../domain';
import { regionContains } from '../../domain/region-codes';
import type { UiLang } from './url-state';

export type DatasetLookups = {
  article: (id: string) => ArticleSummary | undefined;
  entity: (id: string) => Entity | undefined;
  region: (code: string | undefined | null) => Region | undefined;
  /** The script an entity's original name is written in: that of the first article naming it. */
  entityLanguage: (id: string) => Language | undefined;
  /** Articles that list the entity, in dataset order. */
  articlesOf: (entityId: string) => ArticleSummary[];
  /** Relations with the entity at either end, in dataset order. */
  relationsOf: (entityId: string) => Relation[];
};

const cache = new WeakMap<DatasetIndex, DatasetLookups>();

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]) {
  const map = new Map<string, T[]>();
  for (const item of items)
    for (const key of keysOf(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  return map;
}

/** Id → record maps, built once per parsed dataset (the dataset object is immutable). */
export function lookups(dataset: DatasetIndex): DatasetLookups {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const regions = new Map(dataset.regions.map((r) => [r.code, r]));
  const byEntity = groupBy(dataset.articles, (a) => a.entityIds);
  const relations = groupBy(dataset.relations, (r) =>
    r.source === r.target ? [r.source] : [r.source, r.target],
  );
  const built: DatasetLookups = {
    article: (id) => articles.get(id),
    entity: (id) => entities.get(id),
    region: (code) => (code ? regions.get(code) : undefined),
    entityLanguage: (id) => byEntity.get(id)?.[0]?.language,
    articlesOf: (id) => byEntity.get(id) ?? [],
    relationsOf: (id) => relations.get(id) ?? [],
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

/** The region's name in the UI language: official Chinese name, or its English name. */
export function regionName(region: Region | undefined, lang: UiLang): string {
  if (!region) return '—';
  return lang === 'en' ? (region.nameEn ?? region.name) : region.name;
}
