import { queryOptions, useQuery } from '@tanstack/react-query';
import { ArticleBodySchema, DATASET_FILES, type ArticleBody } from '../../../../domain';
import { dataUrl, fetchParsed } from '../../../lib/api/fetch-parsed';

export function getArticle(id: string, signal?: AbortSignal): Promise<ArticleBody> {
  return fetchParsed(dataUrl(DATASET_FILES.article(id)), ArticleBodySchema, signal);
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
