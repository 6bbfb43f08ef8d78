import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ArticleBody, BodyRecord, BodyShard } from '../../../domain';
import { DATASET_FILES } from '../../../domain/files';
import { shardOf } from '../../../domain/shard-plan';
import { HttpError } from './data-errors';
import { dataUrl, fetchParsed } from './fetch-parsed';
import { bodyShardOptions, loadManifest } from './get-shards';

const byId = new WeakMap<BodyShard, Map<string, BodyRecord>>();

function findRecord(shard: BodyShard, id: string): BodyRecord | undefined {
  let map = byId.get(shard);
  if (!map) {
    map = new Map(shard.articles.map((r) => [r.summary.id, r]));
    byId.set(shard, map);
  }
  return map.get(id);
}

/**
 * One article as the reader paints it (summary, body, the entities it names), from the one body
 * shard that holds it: `shardOf(id, manifest.shards.bodies)`. Null when the shard does not have
 * it. With a client, the manifest and the shard come from (and stay in) the query cache.
 */
export async function getArticleRecord(
  id: string,
  signal?: AbortSignal,
  client?: QueryClient,
): Promise<BodyRecord | null> {
  const manifest = await loadManifest(client, signal);
  const k = shardOf(id, manifest.shards.bodies);
  const shard = client
    ? await client.ensureQueryData(bodyShardOptions(k))
    : await fetchParsed<BodyShard>('bodies', dataUrl(DATASET_FILES.bodies(k)), signal);
  return findRecord(shard, id) ?? null;
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
