import {
  SHARDED_SCHEMA_VERSION,
  yearOf,
  type ArticleSummary,
  type DatasetIndex,
  type Manifest,
  type PartialDate,
  type RegionStats,
} from '../../domain';
import { cityCodeOf, provinceCodeOf } from '../../domain/region-codes';

/** The code itself and the city and province it lies in. */
const withAncestors = (code: string) => [
  ...new Set([provinceCodeOf(code), cityCodeOf(code) ?? code, code]),
];

/** Each item counted once per region it lies in (a Xi'an article counts for 西安市 and 陕西省). */
function regionStats(index: DatasetIndex): Map<string, RegionStats> {
  const stats = new Map<string, RegionStats>();
  const bump = (codes: Iterable<string>, key: keyof RegionStats) => {
    for (const code of codes) {
      const entry = stats.get(code) ?? { articles: 0, collaborations: 0, institutions: 0 };
      entry[key] += 1;
      stats.set(code, entry);
    }
  };
  for (const a of index.articles) bump(new Set(a.regionCodes.flatMap(withAncestors)), 'articles');
  for (const e of index.entities) {
    if (!e.regionCode || e.kind === 'person') continue;
    bump(
      withAncestors(e.regionCode),
      e.kind === 'collaboration' ? 'collaborations' : 'institutions',
    );
  }
  return stats;
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Month bins for day/month dates, year bins for year-only ones; yearless and undated are not on an axis. */
function densityKey(date: PartialDate): string | null {
  if (yearOf(date) === null || !date.value) return null;
  return date.precision === 'year' ? date.value.slice(0, 4) : date.value.slice(0, 7);
}

/** Timeline entries per bin, exactly as the timeline counts them: each event and each publication. */
function density(articles: readonly ArticleSummary[]): Manifest['density'] {
  const bins = new Map<string, { key: string; events: number; published: number }>();
  const add = (date: PartialDate, kind: 'events' | 'published') => {
    const key = densityKey(date);
    if (!key) return;
    const bin = bins.get(key) ?? { key, events: 0, published: 0 };
    bin[kind] += 1;
    bins.set(key, bin);
  };
  for (const a of articles) {
    for (const d of a.eventDates) add(d, 'events');
    add(a.publishedAt, 'published');
  }
  return [...bins.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Keys sorted, so equal data is equal bytes. */
const sortedRecord = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function buildManifest(index: DatasetIndex, shards: Manifest['shards']): Manifest {
  const stats = regionStats(index);
  const collaborationTypes: Record<string, number> = {};
  const languages: Record<string, number> = {};
  const years: Record<string, number> = {};
  for (const e of index.entities)
    if (e.kind === 'collaboration') bump(collaborationTypes, e.subtype);
  for (const a of index.articles) {
    bump(languages, a.language);
    const year = yearOf(a.publishedAt);
    if (year !== null) bump(years, String(year));
  }
  return {
    schemaVersion: SHARDED_SCHEMA_VERSION,
    counts: {
      articles: index.articles.length,
      entities: index.entities.length,
      relations: index.relations.length,
      regions: index.regions.length,
      byKind: {
        collaboration: index.entities.filter((e) => e.kind === 'collaboration').length,
        institution: index.entities.filter((e) => e.kind === 'institution').length,
        person: index.entities.filter((e) => e.kind === 'person').length,
      },
      datedRelations: index.relations.filter((r) => r.date?.value).length,
    },
    regions: index.regions.map((r) => ({
      ...r,
      stats: stats.get(r.code) ?? { articles: 0, collaborations: 0, institutions: 0 },
    })),
    facets: {
      collaborationTypes: sortedRecord(collaborationTypes),
      languages: sortedRecord(languages),
      years: sortedRecord(years),
    },
    density: density(index.articles),
    shards,
  };
}
