import { useT } from '../../../lib/use-t';
import type { RegionNode } from '../region-stats';

type RegionTableProps = {
  nodes: RegionNode[];
  selected: string[];
  onToggle: (code: string) => void;
};

const num = 'px-2 py-2 text-right tabular-nums text-muted';

/** The map's numbers as a table: every region in the dataset, each a toggle for the filter. */
export function RegionTable({ nodes, selected, onToggle }: RegionTableProps) {
  const { t, lang } = useT();
  return (
    <div className="overflow-x-auto rounded-xl bg-surface ring-1 ring-line">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('regions.tableCaption')}</caption>
        <thead className="border-b border-line bg-sunken text-xs font-semibold tracking-wide text-faint uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              {t('regions.columns.region')}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t('regions.columns.collaborations')}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t('regions.columns.institutions')}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t('regions.columns.articles')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {nodes.map(({ region, depth, stats }) => {
            const pressed = selected.includes(region.code);
            return (
              <tr key={region.code} className={pressed ? 'bg-accent-soft' : undefined}>
                <th
                  scope="row"
                  className={`py-1.5 pr-2 text-left font-normal ${depth === 0 ? 'pl-3' : depth === 1 ? 'pl-7' : 'pl-11'}`}
                >
                  <button
                    type="button"
                    aria-pressed={pressed}
                    onClick={() => onToggle(region.code)}
                    className={`rounded px-1 py-0.5 text-left hover:underline ${pressed ? 'font-semibold text-ink' : depth === 0 ? 'font-medium text-accent' : 'text-accent'}`}
                  >
                    {lang === 'en' ? (region.nameEn ?? region.name) : region.name}
                  </button>
                </th>
                <td className={num}>{stats.collaborations}</td>
                <td className={num}>{stats.institutions}</td>
                <td className={num}>{stats.articles}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
