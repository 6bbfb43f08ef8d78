import type { SortDir, SortKey } from '../../../lib/url-state';
import { defaultDir } from '../../../lib/url-state';
import { useT } from '../../../lib/use-t';

type SortHeaderProps = {
  column: SortKey;
  sort: SortKey;
  dir: SortDir;
  onSort: (sort: SortKey, dir: SortDir) => void;
  align?: 'left' | 'right';
};

/** A column header that sorts by its column; pressing it again reverses the order. */
export function SortHeader({ column, sort, dir, onSort, align = 'left' }: SortHeaderProps) {
  const { t } = useT();
  const active = column === sort;
  const next: SortDir = active ? (dir === 'asc' ? 'desc' : 'asc') : defaultDir(column);
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={`px-3 py-2 text-xs font-semibold tracking-wide text-faint uppercase ${align === 'right' ? 'text-right' : 'text-left'}`}
    >
      <button
        type="button"
        onClick={() => onSort(column, next)}
        className={`inline-flex items-center gap-1 rounded uppercase hover:text-ink ${active ? 'text-ink' : ''}`}
      >
        {t(`alliances.columns.${column}`)}
        <span aria-hidden="true" className="w-3 text-accent">
          {active ? (dir === 'asc' ? '↑' : '↓') : ''}
        </span>
        <span className="sr-only">
          {t(next === 'asc' ? 'alliances.sortAsc' : 'alliances.sortDesc')}
        </span>
      </button>
    </th>
  );
}
