import type { ArticleSummary, DatasetIndex, PartialDate } from '../../../domain';
import { dateSortKey, isYearless } from '../../../domain/date-order';
import { hasRange, overlapsRange, type DateRange } from '../../lib/date-range';
import { articleTypes } from '../../lib/collaboration-facets';
import { matchesRegion } from '../../lib/dataset-lookups';
import type { CollaborationType } from '../../lib/domain-enums';

export type TimelineEntry = {
  key: string;
  article: ArticleSummary;
  date: PartialDate | null;
  /** The last day of an event that spans several (`11月8日至10日`). */
  end?: string;
  /** An event the article reports, the article's own publication, or an article with no date. */
  kind: 'event' | 'published' | 'undated';
  label?: string;
};

export type TimelineFilters = DateRange & { region: string[]; type: CollaborationType[] };

export type Timeline = {
  /** Entries with a year, oldest first (a year-only date before that year's months). */
  dated: TimelineEntry[];
  /** Dates without a year (`--MM-DD`): never placed under a guessed year. */
  yearless: TimelineEntry[];
  undated: TimelineEntry[];
  /** Yearless and undated entries left out because a time range is set. */
  outsideRange: number;
};

/** Each event an article reports, plus its publication; an article with neither is "undated". */
export function timelineEntries(article: ArticleSummary): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  pushEntries(article, entries);
  return entries;
}

/** The entries of many articles in one list (no list per article: 0.05 s at 10k became 0.02). */
export function allTimelineEntries(articles: readonly ArticleSummary[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const article of articles) pushEntries(article, entries);
  return entries;
}

function pushEntries(article: ArticleSummary, out: TimelineEntry[]): void {
  const before = out.length;
  article.eventDates.forEach((date, i) => {
    if (date.value === null) return;
    const entry: TimelineEntry = { key: `${article.id}#${i}`, article, date, kind: 'event' };
    if (date.label) entry.label = date.label;
    if (date.end && /^\d/.test(date.end)) entry.end = date.end;
    out.push(entry);
  });
  if (article.publishedAt.value !== null)
    out.push({
      key: `${article.id}#published`,
      article,
      date: article.publishedAt,
      kind: 'published',
    });
  if (out.length === before)
    out.push({ key: `${article.id}#undated`, article, date: null, kind: 'undated' });
}

/** Articles inside the region and type filters (the time range applies to entries, later). */
export function filterArticles(
  dataset: DatasetIndex,
  filters: Pick<TimelineFilters, 'region' | 'type'>,
): ArticleSummary[] {
  return dataset.articles.filter(
    (a) =>
      matchesRegion(a.regionCodes, filters.region) &&
      (filters.type.length === 0 ||
        articleTypes(dataset, a.id).some((t) => filters.type.includes(t))),
  );
}

const collator = new Intl.Collator();

/**
 * By date (`compareDates` order), events before publications on the same date, then by title.
 * Keys are computed once per entry, not once per comparison: at 100k articles the comparator
 * runs millions of times.
 */
function sortByDateThenTitle(entries: TimelineEntry[]): void {
  const keyed = entries.map((entry) => ({
    entry,
    key: `${dateSortKey(entry.date)}\u0000${entry.kind === 'event' ? 0 : 1}`,
  }));
  keyed.sort((a, b) =>
    a.key < b.key
      ? -1
      : a.key > b.key
        ? 1
        : a.entry.article.title === b.entry.article.title
          ? 0
          : collator.compare(a.entry.article.title, b.entry.article.title),
  );
  keyed.forEach(({ entry }, i) => (entries[i] = entry));
}

/** Splits entries into the dated list and the honest lanes, applying the time range. */
export function buildTimeline(entries: readonly TimelineEntry[], range: DateRange): Timeline {
  const dated: TimelineEntry[] = [];
  const yearless: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  for (const entry of entries) {
    if (!entry.date?.value) undated.push(entry);
    else if (isYearless(entry.date)) yearless.push(entry);
    else if (overlapsRange(entry.date.value, entry.end, range)) dated.push(entry);
  }
  sortByDateThenTitle(dated);
  sortByDateThenTitle(yearless);
  sortByDateThenTitle(undated);
  if (!hasRange(range)) return { dated, yearless, undated, outsideRange: 0 };
  return { dated, yearless: [], undated: [], outsideRange: yearless.length + undated.length };
}
