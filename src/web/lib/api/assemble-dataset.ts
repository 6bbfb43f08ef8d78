import type { DatasetIndex, EntityStats, Manifest, Region } from '../../../domain';
import type { EntityShardData, RelationShardData, SummaryShardData } from './get-shards';

/** The loaded catalogue: the version-1 index shape the views derive from, plus per-entity aggregates. */
export type LoadedDataset = DatasetIndex & { stats: ReadonlyMap<string, EntityStats> };

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Shards → one dataset object. Summaries keep their date order; entities and relations come back
 * in id order (as version 1 had them), relations stored with both ends appear once.
 */
export function assembleDataset(
  manifest: Manifest,
  summaries: readonly SummaryShardData[],
  entities: readonly EntityShardData[],
  relations: readonly RelationShardData[],
): LoadedDataset {
  const stats = new Map<string, EntityStats>();
  for (const shard of entities) for (const [id, s] of Object.entries(shard.stats)) stats.set(id, s);
  const seen = new Set<string>();
  const uniqueRelations = relations.flatMap((shard) =>
    shard.relations.filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id))),
  );
  return {
    schemaVersion: 1,
    articles: summaries.flatMap((s) => s.articles),
    entities: entities.flatMap((s) => s.entities).sort(byId),
    relations: uniqueRelations.sort(byId),
    regions: manifestRegions(manifest),
    stats,
  };
}

const regionCache = new WeakMap<Manifest, Region[]>();

/** The manifest's regions without their stats: the shape every view's region lookups take. */
export function manifestRegions(manifest: Manifest): Region[] {
  let regions = regionCache.get(manifest);
  if (!regions) {
    regions = manifest.regions.map(({ stats: _stats, ...region }) => region);
    regionCache.set(manifest, regions);
  }
  return regions;
}

const regionsOnlyCache = new WeakMap<Manifest, DatasetIndex>();

/** A dataset with the regions only, for region lookups before (or without) any shard. */
export function regionsOnly(manifest: Manifest): DatasetIndex {
  let dataset = regionsOnlyCache.get(manifest);
  if (!dataset) {
    dataset = {
      schemaVersion: 1,
      articles: [],
      entities: [],
      relations: [],
      regions: manifestRegions(manifest),
    };
    regionsOnlyCache.set(manifest, dataset);
  }
  return dataset;
}
