import { useT } from '../../../lib/use-t';
import type { Histogram } from '../histogram';

const MAX_LABELS = 12;

/**
 * Axis labels under the bars, as HTML (the SVG stretches to the width; text in it would too).
 * Month histograms label January with its year and thin the other months out.
 */
export function HistogramAxis({ histogram }: { histogram: Histogram }) {
  const { lang, locale } = useT();
  const { bins, unit } = histogram;
  const every = Math.max(1, Math.ceil(bins.length / MAX_LABELS));
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const label = (key: string, i: number) => {
    if (unit === 'year') return i % every === 0 ? key : '';
    const [year, month] = key.split('-').map(Number) as [number, number];
    if (month === 1) return lang === 'zh' ? `${year}年` : String(year);
    if (every > 3 || (month - 1) % every !== 0) return '';
    return monthName.format(new Date(Date.UTC(year, month - 1, 1)));
  };
  return (
    <div
      aria-hidden="true"
      className="mt-1 grid text-[0.6875rem] text-faint tabular-nums"
      style={{ gridTemplateColumns: `repeat(${bins.length}, minmax(0, 1fr))` }}
    >
      {bins.map((bin, i) => (
        <span key={bin.key} className="overflow-visible text-center whitespace-nowrap">
          {label(bin.key, i)}
        </span>
      ))}
    </div>
  );
}
