import type { DatasetIndex } from '../../../domain';
import { articleTypes, countFacets, type Facet } from '../../lib/collaboration-facets';
import type { CollaborationType } from '../../lib/domain-enums';
import { hasRange, overlapsRange } from '../../lib/date-range';
import {
  buildTimeline,
  filterArticles,
  allTimelineEntries,
  type Timeline,
  type TimelineEntry,
} from './build-timeline';
import { buildHistogram, histogramFromDensity, type Histogram } from './histogram';
import { timelineRows, type TimelineRow } from './timeline-rows';

export type TimelineView = {
  facets: Facet[];
  histogram: Histogram;
  timeline: Timeline;
  rows: TimelineRow[];
};

type Filters = {
  region: string[];
  type: CollaborationType[];
  from: string | null;
  to: string | null;
};

/** A few recent results per dataset: going back to the timeline, or undoing a filter, is instant. */
const KEEP = 6;
const cache = new WeakMap<DatasetIndex, Map<string, unknown>>();

function memo<T>(dataset: DatasetIndex, key: string, compute: () => T): T {
  let entries = cache.get(dataset);
  if (!entries) cache.set(dataset, (entries = new Map()));
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  entries.set(key, value);
  if (entries.size > KEEP * 3) entries.delete(entries.keys().next().value as string);
  return value;
}

/** Keeps the entries `keep` accepts, in their sorted order, lane by lane. */
function filterTimeline(timeline: Timeline, keep: (entry: TimelineEntry) => boolean): Timeline {
  return {
    dated: timeline.dated.filter(keep),
    yearless: timeline.yearless.filter(keep),
    undated: timeline.undated.filter(keep),
    outsideRange: 0,
  };
}

/**
 * The whole timeline view for a dataset and filters. Entries are sorted once per dataset (the
 * costly step at 100k articles); a region, a type or a time range then only filter that sorted
 * list, which keeps its order, so the result is what `buildTimeline` gives on the filtered entries. Each step
 * is cached by the filters it depends on, so a route that mounts again, or a filter set back,
 * does no work.
 */
export function deriveTimeline(
  dataset: DatasetIndex,
  filters: Filters,
  /** The manifest's density: the unfiltered histogram without a pass over the entries. */
  density?: Parameters<typeof histogramFromDensity>[0],
): TimelineView {
  const { region, type, from, to } = filters;
  const r = region.join(',');
  const ty = type.join(',');
  const inRegion = memo(dataset, `articles|${r}`, () =>
    filterArticles(dataset, { region, type: [] }),
  );
  const facets = memo(dataset, `facets|${r}`, () =>
    countFacets(inRegion, (a) => articleTypes(dataset, a.id)),
  );
  // Sorted once per dataset; a region keeps that order by filtering (no sort on a region change).
  const all = memo(dataset, 'sorted|', () =>
    buildTimeline(allTimelineEntries(dataset.articles), { from: null, to: null }),
  );
  const sorted = memo(dataset, `sorted|${r}`, () => {
    if (!r) return all;
    const ids = new Set(inRegion.map((a) => a.id));
    return filterTimeline(all, (e) => ids.has(e.article.id));
  });
  const typed = memo(dataset, `typed|${r}|${ty}`, () =>
    type.length === 0
      ? sorted
      : filterTimeline(sorted, (e) =>
          articleTypes(dataset, e.article.id).some((t) => type.includes(t)),
        ),
  );
  const histogram = memo(dataset, `histogram|${r}|${ty}`, () =>
    density && !r && !ty ? histogramFromDensity(density) : buildHistogram(typed.dated),
  );
  return memo(dataset, `view|${r}|${ty}|${from ?? ''}|${to ?? ''}`, () => {
    const range = { from, to };
    const timeline: Timeline = hasRange(range)
      ? {
          dated: typed.dated.filter((e) => overlapsRange(e.date?.value ?? '', e.end, range)),
          yearless: [],
          undated: [],
          outsideRange: typed.yearless.length + typed.undated.length,
        }
      : typed;
    return { facets, histogram, timeline, rows: timelineRows(timeline) };
  });
}
