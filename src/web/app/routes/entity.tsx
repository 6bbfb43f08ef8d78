import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ENTITY_PREFIXES, entityShardKey } from '../../../domain/shard-plan';
import { useParams } from 'react-router-dom';
import { NotFound } from '../../components/not-found';
import { EntityArticles } from '../../features/entities/components/entity-articles';
import { EntityProfile } from '../../features/entities/components/entity-profile';
import { EntityRelationsList } from '../../features/entities/components/entity-relations-list';
import { entityRelations } from '../../features/entities/entity-relations';
import { useLoadedDataset, type DatasetParts } from '../../lib/api/get-dataset';
import { useLoadedManifest } from '../../lib/api/get-manifest';
import { relationShardOptions, type RelationShardData } from '../../lib/api/get-shards';
import { lookups } from '../../lib/dataset-lookups';
import { useT } from '../../lib/use-t';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** Names of every entity and every summary; relations come from the entity's own shard. */
const ENTITY_PARTS: DatasetParts = {
  summaries: true,
  entities: ENTITY_PREFIXES,
  relations: false,
};

/** An id that is no entity's has no shard: nothing to fetch (the page says not found). */
const NO_RELATIONS = queryOptions({
  queryKey: ['relations', 'none'],
  queryFn: (): RelationShardData => ({ relations: [] }),
  staleTime: Infinity,
});

/** `/entities/:id`: an alliance, institution or person with its dated relations and articles. */
export default function EntityRoute() {
  const { id = '' } = useParams();
  const manifest = useLoadedManifest();
  const dataset = useLoadedDataset(ENTITY_PARTS);
  // A relation is stored with both of its ends: the entity's shard holds all of its relations.
  const key = entityShardKey(id, manifest.shards.entities);
  const shard = useSuspenseQuery(key ? relationShardOptions(key) : NO_RELATIONS).data;
  const { t } = useT();
  const entity = lookups(dataset).entity(id);
  const rows = useMemo(() => entityRelations(dataset, id, shard.relations), [dataset, id, shard]);
  if (!entity)
    return <NotFound title={t('notFound.entity')} detail={t('notFound.entityDetail', { id })} />;
  return (
    <article className="max-w-3xl">
      <title>{`${entity.names.original} · Alliance Atlas`}</title>
      <EntityProfile entity={entity} dataset={dataset} />
      <EntityRelationsList rows={rows} />
      <EntityArticles articles={lookups(dataset).articlesOf(entity.id)} />
    </article>
  );
}
