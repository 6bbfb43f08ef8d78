import type { DatasetIndex, EntityKind, Language } from '../../../domain';
import { yearOf } from '../../../domain/date-order';

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

export function datasetCounts(dataset: DatasetIndex): DatasetCounts {
  const byLanguage: DatasetCounts['byLanguage'] = {};
  const byKind: DatasetCounts['byKind'] = {};
  let first = Infinity;
  let last = -Infinity;
  for (const a of dataset.articles) {
    byLanguage[a.language] = (byLanguage[a.language] ?? 0) + 1;
    for (const d of [a.publishedAt, ...a.eventDates]) {
      const y = yearOf(d);
      if (y === null) continue;
      first = Math.min(first, y);
      last = Math.max(last, y);
    }
  }
  for (const e of dataset.entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  return {
    articles: dataset.articles.length,
    byLanguage,
    byKind,
    relations: dataset.relations.length,
    datedRelations: dataset.relations.filter((r) => r.date?.value).length,
    regions: dataset.regions.length,
    years: Number.isFinite(first) ? [first, last] : null,
  };
}
