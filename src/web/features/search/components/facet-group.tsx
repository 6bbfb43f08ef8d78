import { useT } from '../../../lib/use-t';

export type FacetValue = { value: string; label: string; count: number; lang?: string };

type FacetGroupProps = {
  title: string;
  values: FacetValue[];
  selected: string | null;
  onSelect: (value: string | null) => void;
};

/** One facet: toggle buttons with counts; pressing the pressed one clears it. */
export function FacetGroup({ title, values, selected, onSelect }: FacetGroupProps) {
  const { t } = useT();
  if (values.length === 0 && selected === null) return null;
  return (
    <fieldset className="mb-5">
      <legend className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
        {title}
      </legend>
      <ul className="flex flex-wrap gap-1.5 lg:flex-col lg:items-stretch">
        {values.map(({ value, label, count, lang }) => {
          const on = value === selected;
          return (
            <li key={value}>
              <button
                type="button"
                aria-pressed={on}
                onClick={() => onSelect(on ? null : value)}
                className={`flex w-full items-baseline justify-between gap-3 rounded-md px-2.5 py-1 text-left text-sm ring-1 ${on ? 'bg-button text-white ring-button' : 'bg-surface text-body ring-line hover:ring-accent'}`}
              >
                <span lang={lang}>{label}</span>
                <span className={`tabular-nums ${on ? 'text-white' : 'text-faint'}`}>{count}</span>
              </button>
            </li>
          );
        })}
        {selected !== null ? (
          <li>
            <button
              type="button"
              onClick={() => onSelect(null)}
              className="px-2.5 py-1 text-sm text-accent hover:underline"
            >
              {t('search.facetAll')}
            </button>
          </li>
        ) : null}
      </ul>
    </fieldset>
  );
}
