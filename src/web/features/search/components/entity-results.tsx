import { Link } from 'react-router-dom';
import type { EntityKind, EntitySubtype } from '../../../../domain';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { ResultRow } from '../search-protocol';
import { scriptOf } from '../script-of';

type EntityResultsProps = { rows: ResultRow[]; regionLabel: (code: string) => string };

/** Alliances, institutions and people: name in its own script, type, English name, place. */
export function EntityResults({ rows, regionLabel }: EntityResultsProps) {
  const paths = usePaths();
  const { t } = useT();
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {rows.map((row) => (
        <li key={row.id}>
          <Link
            to={paths.entity(row.id)}
            className="block h-full rounded-lg bg-surface px-4 py-3 ring-1 ring-line hover:ring-accent"
          >
            <span lang={scriptOf(row.title)} className="block font-medium text-ink">
              {row.title}
            </span>
            <span className="mt-0.5 block text-sm text-muted">
              {row.subtype
                ? t(`subtypes.${row.subtype as EntitySubtype}`)
                : t(`kinds.${row.kind as EntityKind}`)}
              {row.regionCodes[0] ? ` · ${regionLabel(row.regionCodes[0])}` : ''}
              {row.en && row.en !== row.title ? (
                <span lang="en" className="text-faint">
                  {' '}
                  · {row.en}
                </span>
              ) : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
