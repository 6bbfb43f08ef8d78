import { formatPartialDate } from '../../../lib/format-date';
import { useT } from '../../../lib/use-t';
import type { TimelineRow } from '../timeline-rows';
import { TimelineEntryCard } from './timeline-entry-card';

/** One virtual row: a year or month heading, a lane heading with its note, or an entry. */
export function TimelineRowView({ row }: { row: TimelineRow }) {
  const { t, lang } = useT();
  switch (row.kind) {
    case 'year':
      return (
        <h2 className="flex items-baseline gap-3 pt-6 pb-2 text-2xl font-semibold text-ink">
          {lang === 'zh' ? `${row.year}年` : row.year}
          <span className="text-sm font-normal text-faint">
            {t('timeline.entries', { count: row.count })}
          </span>
        </h2>
      );
    case 'month': {
      const value = row.month === null ? null : `${row.year}-${String(row.month).padStart(2, '0')}`;
      const text = value
        ? formatPartialDate({ value, precision: 'month', basis: 'stated' }, lang)?.text
        : t('timeline.monthNotStated', { year: row.year });
      return (
        <h3 className="pt-3 pb-2 pl-5 text-sm font-semibold tracking-wide text-accent uppercase">
          {text}
        </h3>
      );
    }
    case 'lane':
      return (
        <div className="mt-6 border-t border-line pt-6 pb-2">
          <h2 className="text-2xl font-semibold text-ink">
            {t(`timeline.lanes.${row.lane}.title`)}
          </h2>
          <p className="mt-1 text-sm text-faint">
            {t(`timeline.lanes.${row.lane}.note`)} {t('timeline.entries', { count: row.count })}
          </p>
        </div>
      );
    case 'entry':
      return (
        <div data-ordinal={row.ordinal} className="border-l-2 border-accent-line py-1.5 pl-5">
          <TimelineEntryCard entry={row.entry} />
        </div>
      );
  }
}
