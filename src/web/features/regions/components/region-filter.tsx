import { useMemo } from 'react';
import type { DatasetIndex } from '../../../../domain';
import { lookups } from '../../../lib/dataset-lookups';
import { useUrlState } from '../../../lib/use-url-state';
import { optionLabel, provinceOptions } from '../province-options';

const ALL = '';
const CUSTOM = 'custom';

/**
 * Province picker bound to `?region=`. A shared link may carry several codes or a city code; the
 * select then shows that selection as a read-only "custom" entry rather than pretending it is "all".
 */
export function RegionFilter({ dataset }: { dataset: DatasetIndex | undefined }) {
  const { region, setRegion } = useUrlState();
  const options = useMemo(() => (dataset ? provinceOptions(dataset) : []), [dataset]);
  const single = region.length === 1 && options.some((o) => o.code === region[0]);
  const value = region.length === 0 ? ALL : single ? (region[0] ?? ALL) : CUSTOM;
  const customLabel = dataset
    ? region.map((code) => lookups(dataset).region(code)?.name ?? code).join(', ')
    : region.join(', ');

  return (
    <div className="flex items-center gap-2">
      <label htmlFor="region-filter" className="text-sm font-medium text-slate-600">
        Region
      </label>
      <select
        id="region-filter"
        value={value}
        disabled={!dataset}
        onChange={(event) =>
          setRegion(event.target.value && event.target.value !== CUSTOM ? [event.target.value] : [])
        }
        className="w-56 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm disabled:text-slate-400"
      >
        <option value={ALL}>{dataset ? 'All regions' : 'Loading regions…'}</option>
        {value === CUSTOM ? (
          <option value={CUSTOM} disabled>
            {customLabel}
          </option>
        ) : null}
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
