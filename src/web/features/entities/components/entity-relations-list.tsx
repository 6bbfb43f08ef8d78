import { Link } from 'react-router-dom';
import type { Entity } from '../../../../domain';
import { Mark } from '../../../components/mark';
import { PartialDateText } from '../../../components/partial-date-text';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { RelationRow } from '../entity-relations';

/** Each relation as a sentence, dated, with the quote it rests on and a link to its article. */
export function EntityRelationsList({ rows }: { rows: RelationRow[] }) {
  const paths = usePaths();
  const { t } = useT();
  const name = (entity: Entity, role: 'source' | 'target', row: RelationRow) =>
    row.role === role ? (
      <strong className="font-semibold text-ink">{entity.names.original}</strong>
    ) : (
      <Link to={paths.entity(entity.id)} className="font-medium text-accent hover:underline">
        {entity.names.original}
      </Link>
    );
  return (
    <section aria-labelledby="entity-relations" className="mt-8">
      <h2 id="entity-relations" className="text-xl font-semibold text-ink">
        {t('entity.relations', { count: rows.length })}
      </h2>
      {rows.length === 0 ? <p className="mt-3 text-faint">{t('entity.noRelations')}</p> : null}
      <ul className="mt-4 space-y-4">
        {rows.map((row) => (
          <li key={row.relation.id} className="rounded-lg bg-surface p-4 ring-1 ring-line">
            <p className="flex flex-wrap items-baseline gap-x-1.5">
              <span lang={row.article.language}>{name(row.source, 'source', row)}</span>
              {row.relation.role ? (
                <span lang={row.article.language} className="text-muted">
                  ({row.relation.role})
                </span>
              ) : null}
              <span className="text-faint">{t(`relations.${row.relation.type}`)}</span>
              <span lang={row.article.language}>{name(row.target, 'target', row)}</span>
              {row.relation.curated ? <Mark>{t('dates.marks.curated')}</Mark> : null}
            </p>
            <blockquote
              lang={row.article.language}
              className="mt-3 border-l-4 border-accent-line pl-4 text-body"
            >
              {row.relation.evidence}
            </blockquote>
            <p className="mt-3 flex flex-wrap items-baseline gap-x-2 text-sm text-faint">
              {row.relation.date ? (
                <PartialDateText date={row.relation.date} />
              ) : (
                <span>{t('entity.relationUndated')}</span>
              )}
              <span>·</span>
              <span>{t('entity.from')}</span>
              <Link
                to={paths.article(row.article.id)}
                lang={row.article.language}
                className="text-accent hover:underline"
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
