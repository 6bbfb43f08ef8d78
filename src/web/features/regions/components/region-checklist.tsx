import type { RegionNode } from '../region-stats';
import { useT } from '../../../lib/use-t';

type RegionChecklistProps = {
  nodes: RegionNode[];
  selected: string[];
  onToggle: (code: string) => void;
  query: string;
};

const INDENT = ['pl-0', 'pl-5', 'pl-10'];

/** One checkbox per region, indented under its parent, named in the UI language with the other. */
export function RegionChecklist({ nodes, selected, onToggle, query }: RegionChecklistProps) {
  const { t, lang } = useT();
  if (nodes.length === 0)
    return <p className="mt-3 text-sm text-faint">{t('region.noMatch', { query })}</p>;
  return (
    <fieldset className="mt-2">
      <legend className="sr-only">{t('region.legend')}</legend>
      <ul className="max-h-72 space-y-0.5 overflow-y-auto pr-1">
        {nodes.map(({ region, depth, stats }) => {
          const primary = lang === 'en' ? (region.nameEn ?? region.name) : region.name;
          const secondary = lang === 'en' && region.nameEn ? region.name : null;
          return (
            <li key={region.code} className={INDENT[Math.min(depth, 2)]}>
              <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-sunken">
                <input
                  type="checkbox"
                  checked={selected.includes(region.code)}
                  onChange={() => onToggle(region.code)}
                  className="h-4 w-4 accent-teal-700"
                />
                <span className={depth === 0 ? 'font-medium text-ink' : 'text-body'}>
                  {primary}
                </span>{' '}
                {secondary ? (
                  <span lang="zh-Hans" className="text-xs text-faint">
                    {secondary}
                  </span>
                ) : null}{' '}
                <span className="ml-auto text-xs text-faint tabular-nums">
                  <span aria-hidden="true">{stats.articles}</span>
                  <span className="sr-only">{t('region.articles', { count: stats.articles })}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
