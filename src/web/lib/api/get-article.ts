import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleBody } from '../../../domain';
import { DATASET_FILES } from '../../../domain/files';
import { dataUrl, fetchParsed } from './fetch-parsed';

export function getArticle(id: string, signal?: AbortSignal): Promise<ArticleBody> {
  return fetchParsed<ArticleBody>('article', dataUrl(DATASET_FILES.article(id)), signal);
}

export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }) => getArticle(id, signal),
    staleTime: Infinity,
  });

/** `enabled: false` when the index does not know the id: a not-found page needs no request. */
export function useArticle(id: string, { enabled }: { enabled: boolean }) {
  return useQuery({ ...articleQueryOptions(id), enabled });
}
