import { Link } from 'react-router-dom';
import type { Entity } from '../../../../domain';
import { PartialDateText } from '../../../components/partial-date-text';
import { RELATION_LABELS } from '../../../lib/labels';
import { usePaths } from '../../../lib/use-paths';
import type { RelationRow } from '../entity-relations';

/** Each relation as a sentence, with the quote it rests on and a link to its article. */
export function EntityRelationsList({ rows }: { rows: RelationRow[] }) {
  const paths = usePaths();
  const name = (entity: Entity, role: 'source' | 'target', row: RelationRow) =>
    row.role === role ? (
      <strong className="font-semibold">{entity.names.original}</strong>
    ) : (
      <Link to={paths.entity(entity.id)} className="font-medium text-teal-800 hover:underline">
        {entity.names.original}
      </Link>
    );
  return (
    <section aria-labelledby="entity-relations" className="mt-8">
      <h2 id="entity-relations" className="text-xl font-semibold text-slate-900">
        Relations ({rows.length})
      </h2>
      {rows.length === 0 ? <p className="mt-3 text-slate-500">No relations recorded.</p> : null}
      <ul className="mt-4 space-y-4">
        {rows.map((row) => (
          <li key={row.relation.id} className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
            <p lang={row.article.language}>
              {name(row.source, 'source', row)}{' '}
              <span lang="en" className="text-slate-500">
                {RELATION_LABELS[row.relation.type]}
              </span>{' '}
              {name(row.target, 'target', row)}
            </p>
            <blockquote
              lang={row.article.language}
              className="mt-3 border-l-4 border-teal-200 pl-4 text-slate-700"
            >
              {row.relation.evidence}
            </blockquote>
            <p className="mt-3 flex flex-wrap items-baseline gap-x-2 text-sm text-slate-500">
              {row.relation.date ? (
                <PartialDateText date={row.relation.date} language={row.article.language} />
              ) : null}
              <span>From</span>
              <Link
                to={paths.article(row.article.id)}
                lang={row.article.language}
                className="text-teal-800 hover:underline"
              >
                {row.article.title}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
