import type { ArticleSummary, PartialDate } from '../../../domain';
import { compareDates, isYearless, yearOf } from '../../../domain';
import { matchesRegion } from '../../lib/dataset-lookups';

export type TimelineEntry = {
  key: string;
  article: ArticleSummary;
  date: PartialDate | null;
  /** 'published' when the article names no event date and is placed by its publication date. */
  kind: 'event' | 'published' | 'undated';
  label?: string;
};
export type MonthGroup = { month: number | null; entries: TimelineEntry[] };
export type YearGroup = { year: number; months: MonthGroup[] };
export type Timeline = {
  years: YearGroup[];
  /** Dates without a year (`--MM-DD`): never placed under a guessed year. */
  yearless: TimelineEntry[];
  undated: TimelineEntry[];
  total: number;
};

/** One entry per dated event; an article with none falls back to its publication date, then to "undated". */
export function timelineEntries(article: ArticleSummary): TimelineEntry[] {
  const events = article.eventDates.filter((d) => d.value !== null);
  if (events.length > 0) {
    return events.map((date, i) => ({
      key: `${article.id}#${i}`,
      article,
      date,
      kind: 'event',
      ...(date.label ? { label: date.label } : {}),
    }));
  }
  if (article.publishedAt.value !== null) {
    return [
      { key: `${article.id}#published`, article, date: article.publishedAt, kind: 'published' },
    ];
  }
  return [{ key: `${article.id}#undated`, article, date: null, kind: 'undated' }];
}

const byDateThenTitle = (a: TimelineEntry, b: TimelineEntry) =>
  compareDates(a.date, b.date) || a.article.title.localeCompare(b.article.title);

/** Month of a dated value, or null when only the year is known. */
const monthOf = (date: PartialDate): number | null =>
  date.precision === 'year' || !date.value ? null : Number(date.value.slice(5, 7));

export function buildTimeline(
  articles: readonly ArticleSummary[],
  region: readonly string[],
): Timeline {
  const entries = articles
    .filter((a) => matchesRegion(a.regionCodes, region))
    .flatMap(timelineEntries);
  entries.sort(byDateThenTitle);
  const years = new Map<number, Map<number | null, TimelineEntry[]>>();
  const yearless: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  for (const entry of entries) {
    if (!entry.date) undated.push(entry);
    else if (isYearless(entry.date)) yearless.push(entry);
    else {
      const year = yearOf(entry.date) as number;
      const months = years.get(year) ?? new Map<number | null, TimelineEntry[]>();
      const month = monthOf(entry.date);
      months.set(month, [...(months.get(month) ?? []), entry]);
      years.set(year, months);
    }
  }
  // Entries are already sorted, so Map insertion order is chronological (year-only before months).
  return {
    years: [...years].map(([year, months]) => ({
      year,
      months: [...months].map(([month, list]) => ({ month, entries: list })),
    })),
    yearless,
    undated,
    total: entries.length,
  };
}
