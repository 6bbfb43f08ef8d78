import type { DatasetIndex } from '../../../../domain';
import { Icon } from '../../../components/icon';
import { lookups, regionName } from '../../../lib/dataset-lookups';
import { useT } from '../../../lib/use-t';

type RegionChipsProps = {
  selected: string[];
  dataset: DatasetIndex | undefined;
  onRemove: (code: string) => void;
  onClear: () => void;
};

const MAX_CHIPS = 3;

/** The active regions at a glance, each removable; the rest summarised as "+N". */
export function RegionChips({ selected, dataset, onRemove, onClear }: RegionChipsProps) {
  const { t, lang } = useT();
  if (selected.length === 0) return null;
  const name = (code: string) =>
    dataset
      ? lookups(dataset).region(code)
        ? regionName(lookups(dataset).region(code), lang)
        : code
      : code;
  const shown = selected.slice(0, MAX_CHIPS);
  return (
    <ul
      aria-label={t('region.active')}
      className="flex min-w-0 items-center gap-1.5 overflow-hidden"
    >
      {shown.map((code) => (
        <li key={code} className="shrink-0">
          <button
            type="button"
            onClick={() => onRemove(code)}
            aria-label={t('region.remove', { name: name(code) })}
            className="flex items-center gap-1 rounded-full bg-accent-soft px-2.5 py-1 text-xs font-medium text-accent ring-1 ring-accent-line hover:ring-accent"
          >
            {name(code)}
            <Icon name="close" className="h-3 w-3" />
          </button>
        </li>
      ))}
      {selected.length > MAX_CHIPS ? (
        <li className="shrink-0 text-xs text-muted">+{selected.length - MAX_CHIPS}</li>
      ) : null}
      <li className="shrink-0">
        <button
          type="button"
          onClick={onClear}
          className="px-1 text-xs text-accent hover:underline"
        >
          {t('region.clear')}
        </button>
      </li>
    </ul>
  );
}
