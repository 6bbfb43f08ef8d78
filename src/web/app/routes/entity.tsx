import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { NotFound } from '../../components/not-found';
import { EntityArticles } from '../../features/entities/components/entity-articles';
import { EntityProfile } from '../../features/entities/components/entity-profile';
import { EntityRelationsList } from '../../features/entities/components/entity-relations-list';
import { entityRelations } from '../../features/entities/entity-relations';
import { useLoadedDataset } from '../../lib/api/get-dataset';
import { lookups } from '../../lib/dataset-lookups';
import { useT } from '../../lib/use-t';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** `/entities/:id`: an alliance, institution or person with its dated relations and articles. */
export default function EntityRoute() {
  const { id = '' } = useParams();
  const dataset = useLoadedDataset();
  const { t } = useT();
  const entity = lookups(dataset).entity(id);
  const rows = useMemo(() => entityRelations(dataset, id), [dataset, id]);
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
