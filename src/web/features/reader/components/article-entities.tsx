import { Link } from 'react-router-dom';
import type { DatasetIndex } from '../../../../domain';
import { lookups } from '../../../lib/dataset-lookups';
import { KIND_LABELS } from '../../../lib/labels';
import { usePaths } from '../../../lib/use-paths';

type ArticleEntitiesProps = { entityIds: string[]; dataset: DatasetIndex };

export function ArticleEntities({ entityIds, dataset }: ArticleEntitiesProps) {
  const paths = usePaths();
  const find = lookups(dataset);
  const entities = entityIds.flatMap((id) => find.entity(id) ?? []);
  return (
    <section aria-labelledby="article-entities">
      <h2
        id="article-entities"
        className="text-sm font-semibold tracking-wide text-slate-500 uppercase"
      >
        Named in this article
      </h2>
      {entities.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No alliances or institutions were found.</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {entities.map((entity) => (
            <li key={entity.id} className="text-sm">
              <Link
                to={paths.entity(entity.id)}
                lang={find.entityLanguage(entity.id)}
                className="font-medium text-teal-800 hover:underline"
              >
                {entity.names.original}
              </Link>{' '}
              <span className="text-xs text-slate-500">{KIND_LABELS[entity.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
