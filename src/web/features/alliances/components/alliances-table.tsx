import { Link } from 'react-router-dom';
import { Icon } from '../../../components/icon';
import { PartialDateText } from '../../../components/partial-date-text';
import type { SortDir, SortKey } from '../../../lib/url-state';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { AllianceRow } from '../build-alliance-rows';
import { SortHeader } from './sort-header';

type AlliancesTableProps = {
  rows: AllianceRow[];
  sort: SortKey;
  dir: SortDir;
  onSort: (sort: SortKey, dir: SortDir) => void;
  regionLabel: (code: string | null) => string;
};

const td = 'px-3 py-3 align-top text-muted';
const COLUMNS: SortKey[] = ['name', 'type', 'region', 'date', 'members', 'articles'];

export function AlliancesTable({ rows, sort, dir, onSort, regionLabel }: AlliancesTableProps) {
  const paths = usePaths();
  const { t } = useT();
  return (
    <div className="overflow-x-auto rounded-xl bg-surface ring-1 ring-line">
      <table className="w-full text-sm">
        <caption className="sr-only">
          {t('alliances.caption', {
            column: t(`alliances.columns.${sort}`),
            dir: t(`alliances.dir.${dir}`),
          })}
        </caption>
        <thead className="border-b border-line bg-sunken">
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader
                key={column}
                column={column}
                sort={sort}
                dir={dir}
                onSort={onSort}
                align={column === 'members' || column === 'articles' ? 'right' : 'left'}
              />
            ))}
            <th
              scope="col"
              className="px-3 py-2 text-left text-xs font-semibold tracking-wide text-faint uppercase"
            >
              {t('alliances.columns.network')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-accent-soft/40">
              <th scope="row" className="max-w-xs px-3 py-3 text-left align-top font-normal">
                <Link
                  to={paths.entity(row.id)}
                  lang={row.nameLanguage}
                  className="font-medium text-accent hover:underline"
                >
                  {row.name}
                </Link>
                {row.zhHans ? (
                  <span lang="zh-Hans" className="block text-xs text-faint">
                    {row.zhHans}
                  </span>
                ) : null}
              </th>
              <td className={td}>{t(`types.${row.subtype}`)}</td>
              <td className={td}>{regionLabel(row.regionCode)}</td>
              <td className={`${td} whitespace-nowrap`}>
                {row.date ? (
                  <PartialDateText date={row.date} />
                ) : (
                  <span className="text-faint">—</span>
                )}
                {row.dateSource === 'reported' ? (
                  <span className="block text-xs text-faint">{t('alliances.firstReported')}</span>
                ) : null}
              </td>
              <td className={`${td} text-right tabular-nums`}>{row.members}</td>
              <td className={`${td} text-right tabular-nums`}>{row.articles}</td>
              <td className={td}>
                <Link
                  to={paths.network({ focus: row.id })}
                  aria-label={t('alliances.networkFor', { name: row.name })}
                  className="inline-flex items-center gap-1 text-accent hover:underline"
                >
                  <Icon name="network" />
                  {t('alliances.network')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
