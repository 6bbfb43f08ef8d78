import { yearOf } from '../../../domain/date-order';
import type { TimelineEntry } from './build-timeline';

export type BinUnit = 'year' | 'month';
export type Bin = {
  /** `YYYY` or `YYYY-MM`: also the value a range selection writes to `from`/`to`. */
  key: string;
  events: number;
  published: number;
};
export type Histogram = {
  unit: BinUnit;
  bins: Bin[];
  /** Year-only dates in a month histogram: they cannot honestly go in any one month. */
  unplaced: number;
};

/** Months when everything fits in a few years, otherwise years. */
const MONTHS_UP_TO_YEARS = 3;

/** Empty bins from `first` to `last`: months up to MONTHS_UP_TO_YEARS years, else years. */
function emptyBins(first: number, last: number): { unit: BinUnit; bins: Map<string, Bin> } {
  const unit: BinUnit = last - first + 1 <= MONTHS_UP_TO_YEARS ? 'month' : 'year';
  const bins = new Map<string, Bin>();
  for (let year = first; year <= last; year++) {
    if (unit === 'year') bins.set(String(year), { key: String(year), events: 0, published: 0 });
    else
      for (let month = 1; month <= 12; month++) {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        bins.set(key, { key, events: 0, published: 0 });
      }
  }
  return { unit, bins };
}

/**
 * Counts dated entries per year or month over the whole span (empty bins included, so the axis
 * is a true time axis). Yearless and undated entries have their own lanes and are not counted.
 */
export function buildHistogram(entries: readonly TimelineEntry[]): Histogram {
  const dated = entries.filter((e) => yearOf(e.date) !== null);
  if (dated.length === 0) return { unit: 'year', bins: [], unplaced: 0 };
  // A loop, not Math.min(...years): spreading 100k arguments overflows the call stack.
  let first = Infinity;
  let last = -Infinity;
  for (const entry of dated) {
    const year = yearOf(entry.date) as number;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  const { unit, bins } = emptyBins(first, last);
  let unplaced = 0;
  for (const entry of dated) {
    const value = entry.date?.value ?? '';
    const key = unit === 'year' ? value.slice(0, 4) : value.slice(0, 7);
    const bin = bins.get(key);
    if (!bin || key.length !== (unit === 'year' ? 4 : 7)) {
      unplaced++;
      continue;
    }
    if (entry.kind === 'event') bin.events++;
    else bin.published++;
  }
  return { unit, bins: [...bins.values()], unplaced };
}

/** The bins a range covers, by index (inclusive), or null when no range is set. */
export function selectedSpan(
  bins: readonly Bin[],
  from: string | null,
  to: string | null,
): [number, number] | null {
  if (!from && !to) return null;
  const index = (value: string, edge: 'start' | 'end') => {
    const key = value.slice(0, bins[0]?.key.length ?? 4);
    const i = bins.findIndex((b) => b.key === key);
    if (i >= 0) return i;
    return key < (bins[0]?.key ?? '')
      ? edge === 'start'
        ? 0
        : -1
      : edge === 'end'
        ? bins.length - 1
        : bins.length;
  };
  const start = from ? index(from, 'start') : 0;
  const end = to ? index(to, 'end') : bins.length - 1;
  return start <= end ? [Math.max(0, start), Math.min(bins.length - 1, end)] : null;
}

/**
 * The same histogram from the manifest's density bins (dated entries per `YYYY-MM`, or per `YYYY`
 * for year-only dates), for the unfiltered timeline: no pass over the entries at all.
 */
export function histogramFromDensity(
  density: readonly { key: string; events: number; published: number }[],
): Histogram {
  if (density.length === 0) return { unit: 'year', bins: [], unplaced: 0 };
  const years = density.map((d) => Number(d.key.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const { unit, bins } = emptyBins(first, last);
  let unplaced = 0;
  for (const d of density) {
    const bin = bins.get(unit === 'year' ? d.key.slice(0, 4) : d.key);
    if (!bin) {
      unplaced += d.events + d.published;
      continue;
    }
    bin.events += d.events;
    bin.published += d.published;
  }
  return { unit, bins: [...bins.values()], unplaced };
}
