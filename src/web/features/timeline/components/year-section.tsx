import type { YearGroup } from '../build-timeline';
import { EntryList } from './entry-list';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function YearSection({ group }: { group: YearGroup }) {
  const headingId = `timeline-${group.year}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-2xl font-semibold text-slate-900">
        {group.year}
      </h2>
      {group.months.map(({ month, entries }) => (
        <section
          key={month ?? 'none'}
          aria-labelledby={`${headingId}-${month ?? 'none'}`}
          className="mt-4"
        >
          <h3
            id={`${headingId}-${month ?? 'none'}`}
            className="text-sm font-semibold tracking-wide text-teal-800 uppercase"
          >
            {monthHeading(month, group.year)}
          </h3>
          <EntryList entries={entries} />
        </section>
      ))}
    </section>
  );
}

function monthHeading(month: number | null, year: number): string {
  return month === null ? `${year}, month not stated` : `${MONTH_NAMES[month - 1]} ${year}`;
}
