import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { NotFound } from '../../components/not-found';
import { entityRelations } from '../../features/entities/entity-relations';
import { EntityArticles } from '../../features/entities/components/entity-articles';
import { EntityProfile } from '../../features/entities/components/entity-profile';
import { EntityRelationsList } from '../../features/entities/components/entity-relations-list';
import { useLoadedDataset } from '../../lib/api/get-dataset';
import { lookups } from '../../lib/dataset-lookups';

export function EntityRoute() {
  const { id = '' } = useParams();
  const dataset = useLoadedDataset();
  const entity = lookups(dataset).entity(id);
  const rows = useMemo(() => entityRelations(dataset, id), [dataset, id]);
  if (!entity)
    return (
      <NotFound
        title="Entity not found"
        detail={`No alliance, institution or person has the id “${id}”.`}
      />
    );
  return (
    <article className="max-w-3xl">
      <title>{`${entity.names.original} · Alliance Atlas`}</title>
      <EntityProfile entity={entity} dataset={dataset} />
      <EntityRelationsList rows={rows} />
      <EntityArticles articles={lookups(dataset).articlesOf(entity.id)} />
    </article>
  );
}
