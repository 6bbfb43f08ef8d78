import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ArticleSummary, Entity, EntityStats, Relation } from '../../../domain';
import { DATASET_FILES } from '../../../domain/files';
import { dataUrl, fetchParsed } from './fetch-parsed';
import { getManifest, manifestQueryOptions } from './get-manifest';

export type SummaryShardData = { articles: ArticleSummary[] };
export type EntityShardData = { entities: Entity[]; stats: Record<string, EntityStats> };
/** As the worker hands it over: evidence already expanded. */
export type RelationShardData = { relations: Relation[] };

const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const summaryShardOptions = (k: number) =>
  queryOptions({
    queryKey: ['summaries', k],
    queryFn: ({ signal }) =>
      fetchParsed<SummaryShardData>('summaries', dataUrl(DATASET_FILES.summaries(k)), signal),
    ...forever,
  });

export const entityShardOptions = (key: string) =>
  queryOptions({
    queryKey: ['entities', key],
    queryFn: ({ signal }) =>
      fetchParsed<EntityShardData>('entities', dataUrl(DATASET_FILES.entities(key)), signal),
    ...forever,
  });

export const relationShardOptions = (key: string) =>
  queryOptions({
    queryKey: ['relations', key],
    queryFn: ({ signal }) =>
      fetchParsed<RelationShardData>('relations', dataUrl(DATASET_FILES.relations(key)), signal),
    ...forever,
  });

/** The manifest from the cache when a client is at hand (the shell has loaded it), else fetched. */
export function loadManifest(client: QueryClient | undefined, signal?: AbortSignal) {
  return client ? client.ensureQueryData(manifestQueryOptions()) : getManifest(signal);
}
