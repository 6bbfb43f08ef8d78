import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { Manifest } from '../../../domain';
import { DATASET_FILES } from '../../../domain/files';
import { dataUrl, fetchParsed } from './fetch-parsed';

export function getManifest(signal?: AbortSignal): Promise<Manifest> {
  return fetchParsed<Manifest>('manifest', dataUrl(DATASET_FILES.manifest), signal);
}

/** The dataset is static for a deployment: parsed once, never refetched behind the user's back. */
export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: ({ signal }) => getManifest(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** For the shell, which renders loading and error states itself. */
export function useManifest() {
  return useQuery(manifestQueryOptions());
}

/** Below the shell's gate the manifest is in the cache: returned synchronously, typed as present. */
export function useLoadedManifest(): Manifest {
  return useSuspenseQuery(manifestQueryOptions()).data;
}
