import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { ENTITY_PREFIXES, entityShardKeys, type EntityPrefix } from '../../../domain/shard-plan';
import { assembleDataset, type LoadedDataset } from './assemble-dataset';
import {
  entityShardOptions,
  loadManifest,
  relationShardOptions,
  summaryShardOptions,
} from './get-shards';

/** Which shards a view needs; what it leaves out comes back as empty lists. */
export type DatasetParts = {
  summaries: boolean;
  /** Entity kinds by id prefix: the timeline and the alliances table need collaborations only. */
  entities: readonly EntityPrefix[];
  relations: boolean;
};

export const ALL_PARTS: DatasetParts = {
  summaries: true,
  entities: ENTITY_PREFIXES,
  relations: true,
};

/** Summaries, and collaborations for the type facets (an article's types are theirs). */
export const TIMELINE_PARTS: DatasetParts = { summaries: true, entities: ['c'], relations: false };

const range = (n: number) => Array.from({ length: n }, (_, k) => k);

/**
 * The shards a view needs, fetched in parallel and each parsed in the data worker, then
 * assembled; each shard is its own query, so views share what they have in common. The shell
 * needs the manifest only, the reader one body shard.
 */
export async function getDataset(
  client: QueryClient,
  parts: DatasetParts = ALL_PARTS,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const manifest = await loadManifest(client, signal);
  const keys = entityShardKeys(manifest.shards.entities, parts.entities);
  const allKeys = entityShardKeys(manifest.shards.entities);
  const [summaries, entities, relations] = await Promise.all([
    parts.summaries
      ? Promise.all(
          range(manifest.shards.summaries.length).map((k) =>
            client.ensureQueryData(summaryShardOptions(k)),
          ),
        )
      : [],
    Promise.all(keys.map((key) => client.ensureQueryData(entityShardOptions(key)))),
    parts.relations
      ? Promise.all(allKeys.map((key) => client.ensureQueryData(relationShardOptions(key))))
      : [],
  ]);
  return assembleDataset(manifest, summaries, entities, relations);
}

const partsKey = (p: DatasetParts) =>
  `${p.summaries ? 's' : ''}${p.entities.join('')}${p.relations ? 'r' : ''}`;

/** The dataset is static for a deployment: assembled once, never refetched behind the user's back. */
export const datasetQueryOptions = (parts: DatasetParts = ALL_PARTS) =>
  queryOptions({
    queryKey: ['dataset', partsKey(parts)],
    queryFn: ({ signal, client }) => getDataset(client, parts, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });

/**
 * For routes that list the dataset: suspends (the route's loading panel shows) until the shards
 * it needs are parsed, then returns them assembled, synchronously and typed as present.
 */
export function useLoadedDataset(parts: DatasetParts = ALL_PARTS): LoadedDataset {
  return useSuspenseQuery(datasetQueryOptions(parts)).data;
}
