import type { DatasetIndex } from '../../src/domain';
import { buildShards } from '../../src/pipeline/shards/build-shards';
import { toCompactJson } from '../../src/pipeline/shards/write-shards';

/**
 * A schema-valid dataset with `count` articles spread over 30 years (some month-only, some
 * undated), to check that the timeline stays usable at scale. Built in memory; nothing is written.
 */
export function syntheticIndex(count: number): DatasetIndex {
  const articles = Array.from({ length: count }, (_, i) => {
    const year = 1995 + (i % 30);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const value =
      i % 50 === 0 ? null : i % 7 === 0 ? `${year}-${month}` : `${year}-${month}-${day}`;
    const precision = value === null ? null : value.length === 7 ? 'month' : 'day';
    return {
      id: `synthetic-${i}`,
      sourceFile: `synthetic-${i}.txt`,
      title: `合成文章 ${i} · Synthetic article ${i}`,
      language: 'zh-Hans' as const,
      publishedAt: { value, precision, basis: 'stated' },
      eventDates: [],
      publisher: null,
      sourceUrl: null,
      regionCodes: [],
      entityIds: [],
      excerpt: '',
    };
  });
  return { schemaVersion: 1, articles, entities: [], relations: [], regions: [] } as DatasetIndex;
}

/** The same dataset in the sharded layout the app reads, path under `data/` → file text. */
export function syntheticShards(count: number): Map<string, string> {
  const files = buildShards(syntheticIndex(count), []);
  return new Map([...files].map(([path, value]) => [path, toCompactJson(value)]));
}
