import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { NetworkFile } from '../../../../domain';
import { DATASET_FILES } from '../../../../domain/files';
import { dataUrl, fetchParsed } from '../../../lib/api/fetch-parsed';

/** `network.json`, parsed and validated in the data worker like every dataset file. */
export function getNetwork(signal?: AbortSignal): Promise<NetworkFile> {
  return fetchParsed<NetworkFile>('network', dataUrl(DATASET_FILES.network), signal);
}

export const networkQueryOptions = () =>
  queryOptions({
    queryKey: ['network'],
    queryFn: ({ signal }) => getNetwork(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** Suspends (the route's loading panel shows) until the laid-out graph is parsed. */
export function useNetwork(): NetworkFile {
  return useSuspenseQuery(networkQueryOptions()).data;
}
