import type { Timeline } from '../build-timeline';
import { EntryList } from './entry-list';
import { YearSection } from './year-section';

/** Dated years first (oldest to newest), then the honest leftovers: no year, then no date at all. */
export function TimelineView({ timeline }: { timeline: Timeline }) {
  if (timeline.total === 0) {
    return <p className="rounded-xl bg-white p-8 text-slate-600">No articles match this region.</p>;
  }
  return (
    <div className="space-y-12">
      {timeline.years.map((group) => (
        <YearSection key={group.year} group={group} />
      ))}
      {timeline.yearless.length > 0 ? (
        <section aria-labelledby="timeline-yearless">
          <h2 id="timeline-yearless" className="text-2xl font-semibold text-slate-900">
            Year unknown
          </h2>
          <p className="mt-1 text-sm text-slate-500">
            The source gives a day and month but no year.
          </p>
          <EntryList entries={timeline.yearless} />
        </section>
      ) : null}
      {timeline.undated.length > 0 ? (
        <section aria-labelledby="timeline-undated">
          <h2 id="timeline-undated" className="text-2xl font-semibold text-slate-900">
            Undated
          </h2>
          <p className="mt-1 text-sm text-slate-500">
            Neither an event date nor a publication date is given.
          </p>
          <EntryList entries={timeline.undated} />
        </section>
      ) : null}
    </div>
  );
}
