import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { DatasetIndex } from '../../../domain';
import { DATASET_FILES } from '../../../domain/files';
import { dataUrl, fetchParsed } from './fetch-parsed';

export function getDataset(signal?: AbortSignal): Promise<DatasetIndex> {
  return fetchParsed<DatasetIndex>('index', dataUrl(DATASET_FILES.index), signal);
}

/** The dataset is static for a deployment: parsed once, never refetched behind the user's back. */
export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset'],
    queryFn: ({ signal }) => getDataset(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** For the shell, which renders loading and error states itself. */
export function useDataset() {
  return useQuery(datasetQueryOptions());
}

/**
 * For routes rendered below the shell's dataset gate: the data is already in the cache, so this
 * returns it synchronously and typed as present.
 */
export function useLoadedDataset(): DatasetIndex {
  return useSuspenseQuery(datasetQueryOptions()).data;
}
