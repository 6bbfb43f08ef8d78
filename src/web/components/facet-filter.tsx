import { startTransition, useOptimistic } from 'react';
import { useT } from '../lib/use-t';
import type { CollaborationType } from '../lib/domain-enums';

export type FacetOption = { value: CollaborationType; count: number };

type FacetFilterProps = {
  options: FacetOption[];
  selected: CollaborationType[];
  onChange: (next: CollaborationType[]) => void;
};

/**
 * Collaboration-type filter (`?type=`): toggle buttons with counts. Nothing pressed means every
 * type; a selected type is always offered, even when the other filters leave it no items.
 */
export function FacetFilter({ options, selected, onChange }: FacetFilterProps) {
  const { t } = useT();
  // Pressed at once, even while the new URL renders in a transition (see region-filter.tsx).
  const [pressed, setPressed] = useOptimistic(selected);
  const shown = [
    ...options,
    ...selected
      .filter((s) => !options.some((o) => o.value === s))
      .map((value) => ({ value, count: 0 })),
  ];
  if (shown.length === 0) return null;
  const change = (next: CollaborationType[]) =>
    startTransition(() => {
      setPressed(next);
      onChange(next);
    });
  const toggle = (value: CollaborationType) =>
    change(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <div role="group" aria-labelledby="type-facets" className="flex flex-wrap items-center gap-2">
      <span id="type-facets" className="text-sm font-medium text-muted">
        {t('facets.type')}
      </span>
      {shown.map(({ value, count }) => {
        const on = pressed.includes(value);
        return (
          <button
            key={value}
            type="button"
            aria-pressed={on}
            onClick={() => toggle(value)}
            className={`rounded-full px-3 py-1 text-sm ring-1 ${on ? 'bg-button text-white ring-button' : 'bg-surface text-body ring-line-strong hover:ring-accent'}`}
          >
            {t(`types.${value}`)}{' '}
            <span className={`tabular-nums ${on ? 'text-white' : 'text-faint'}`}>{count}</span>
          </button>
        );
      })}
      {selected.length > 0 ? (
        <button
          type="button"
          onClick={() => change([])}
          className="text-sm text-accent hover:underline"
        >
          {t('facets.all')}
        </button>
      ) : null}
    </div>
  );
}
