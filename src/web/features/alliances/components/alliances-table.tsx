import { Link } from 'react-router-dom';
import { usePaths } from '../../../lib/use-paths';
import type { AllianceRow } from '../build-alliance-rows';

const th = 'px-4 py-3 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase';

export function AlliancesTable({ rows }: { rows: AllianceRow[] }) {
  const paths = usePaths();
  if (rows.length === 0) {
    return (
      <p className="rounded-xl bg-white p-8 text-slate-600">No collaborations in this region.</p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-stone-200">
      <table className="w-full text-sm">
        <caption className="sr-only">Collaborations, most reported first</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={th}>
              Name
            </th>
            <th scope="col" className={th}>
              Type
            </th>
            <th scope="col" className={th}>
              Region
            </th>
            <th scope="col" className={`${th} text-right`}>
              Articles
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-teal-50/40">
              <th scope="row" className="px-4 py-3 text-left font-normal">
                <Link
                  to={paths.entity(row.id)}
                  lang={row.nameLanguage}
                  className="font-medium text-teal-800 hover:underline"
                >
                  {row.name}
                </Link>
                {row.zhHans ? (
                  <span lang="zh-Hans" className="block text-xs text-slate-500">
                    {row.zhHans}
                  </span>
                ) : null}
              </th>
              <td className="px-4 py-3 text-slate-600">{row.subtype}</td>
              <td className="px-4 py-3 text-slate-600">{row.regionName}</td>
              <td className="px-4 py-3 text-right tabular-nums">{row.articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
