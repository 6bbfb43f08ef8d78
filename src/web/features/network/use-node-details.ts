import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Relation } from '../../../domain';
import { compareDates } from '../../../domain/date-order';
import { entityShardKey } from '../../../domain/shard-plan';
import { datasetQueryOptions } from '../../lib/api/get-dataset';
import { useLoadedManifest } from '../../lib/api/get-manifest';
import { entityShardOptions, relationShardOptions } from '../../lib/api/get-shards';
import { lookups } from '../../lib/dataset-lookups';

/** Article titles: the summaries the timeline also uses, shared through the query cache. */
const SUMMARIES = { summaries: true, entities: [], relations: false } as const;
const NONE = 'none';

/**
 * What the side panel shows beyond network.json: the entity record (names, aliases, titles) from
 * its entity shard, its relations with their evidence from its relation shard (a relation is
 * stored with both ends), and article titles. Each loads on its own; the panel fills in as they come.
 */
export function useNodeDetails(id: string) {
  const manifest = useLoadedManifest();
  const key = entityShardKey(id, manifest.shards.entities) ?? NONE;
  const entities = useQuery({ ...entityShardOptions(key), enabled: key !== NONE });
  const relations = useQuery({ ...relationShardOptions(key), enabled: key !== NONE });
  const summaries = useQuery(datasetQueryOptions(SUMMARIES));
  const entity = entities.data?.entities.find((e) => e.id === id);
  const rows = useMemo(
    () =>
      (relations.data?.relations ?? [])
        .filter((r: Relation) => r.source === id || r.target === id)
        .sort((a, b) => compareDates(a.date, b.date) || a.type.localeCompare(b.type)),
    [relations.data, id],
  );
  const article = (articleId: string) =>
    summaries.data ? lookups(summaries.data).article(articleId) : undefined;
  return {
    entity,
    relations: rows,
    article,
    loading: entities.isPending || relations.isPending,
    failed: entities.isError || relations.isError,
  };
}
