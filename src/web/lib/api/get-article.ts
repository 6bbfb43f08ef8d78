import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ArticleBody, BodyRecord } from '../../../domain';
import { DATASET_FILES } from '../../../domain/files';
import { shardOf } from '../../../domain/shard-plan';
import { HttpError } from './data-errors';
import { dataUrl, fetchParsed } from './fetch-parsed';
import { loadManifest } from './get-shards';

/**
 * One article as the reader paints it (summary, body, the entities it names), from the one body
 * shard that holds it: `shardOf(id, manifest.shards.bodies)`. Null when the shard does not have
 * it. Only that article is validated and sent from the data worker (a shard holds a few hundred;
 * checking them all cost a deep link 0.2–0.3 s); the next article of the shard is fetched again,
 * from the HTTP cache. With a client, the manifest comes from the query cache.
 */
export async function getArticleRecord(
  id: string,
  signal?: AbortSignal,
  client?: QueryClient,
): Promise<BodyRecord | null> {
  const manifest = await loadManifest(client, signal);
  const k = shardOf(id, manifest.shards.bodies);
  return fetchParsed<BodyRecord | null>('bodies', dataUrl(DATASET_FILES.bodies(k)), signal, id);
}

/** The body of one article; a 404 HttpError when the dataset has no such article. */
export async function getArticle(
  id: string,
  signal?: AbortSignal,
  client?: QueryClient,
): Promise<ArticleBody> {
  const record = await getArticleRecord(id, signal, client);
  if (!record) throw new HttpError(404, `${dataUrl(DATASET_FILES.manifest)}#article=${id}`);
  return record.body;
}

export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal, client }) => getArticle(id, signal, client),
    staleTime: Infinity,
  });

export const articleRecordQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['article-record', id],
    queryFn: ({ signal, client }) => getArticleRecord(id, signal, client),
    staleTime: Infinity,
  });

/** For the reader: `data === null` means the dataset has no article with this id. */
export function useArticleRecord(id: string) {
  return useQuery(articleRecordQueryOptions(id));
}
