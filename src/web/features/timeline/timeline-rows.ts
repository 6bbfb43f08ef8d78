import { yearOf } from '../../../domain/date-order';
import type { Timeline, TimelineEntry } from './build-timeline';

export type TimelineRow =
  | { kind: 'year'; key: string; year: number; count: number }
  | { kind: 'month'; key: string; year: number; month: number | null; count: number }
  | { kind: 'lane'; key: string; lane: 'yearless' | 'undated'; count: number }
  | { kind: 'entry'; key: string; entry: TimelineEntry; ordinal: number };

/** Month of a dated value, or null when only the year is known. */
const monthOf = (entry: TimelineEntry): number | null =>
  entry.date?.precision === 'year' ? null : Number(entry.date?.value?.slice(5, 7));

/**
 * The grouped list flattened into rows for the virtualiser: a year heading, month headings, the
 * entries, then the lanes for dates without a year and for undated entries. `ordinal` numbers the
 * entries alone, for keyboard movement between them.
 */
export function timelineRows(timeline: Timeline): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let ordinal = 0;
  const push = (entry: TimelineEntry) =>
    rows.push({ kind: 'entry', key: entry.key, entry, ordinal: ordinal++ });

  let i = 0;
  const { dated } = timeline;
  while (i < dated.length) {
    const year = yearOf(dated[i]?.date) as number;
    let end = i;
    while (end < dated.length && yearOf(dated[end]?.date) === year) end++;
    rows.push({ kind: 'year', key: `y${year}`, year, count: end - i });
    while (i < end) {
      const month = monthOf(dated[i] as TimelineEntry);
      let monthEnd = i;
      while (monthEnd < end && monthOf(dated[monthEnd] as TimelineEntry) === month) monthEnd++;
      rows.push({
        kind: 'month',
        key: `m${year}-${month ?? 'x'}`,
        year,
        month,
        count: monthEnd - i,
      });
      for (; i < monthEnd; i++) push(dated[i] as TimelineEntry);
    }
  }
  for (const lane of ['yearless', 'undated'] as const) {
    const entries = timeline[lane];
    if (entries.length === 0) continue;
    rows.push({ kind: 'lane', key: `lane-${lane}`, lane, count: entries.length });
    entries.forEach(push);
  }
  return rows;
}
