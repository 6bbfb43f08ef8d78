import type { PartialDate } from '../../domain';
import { basisMark, formatPartialDate } from '../lib/format-date';
import { useT } from '../lib/use-t';
import { Mark } from './mark';

type PartialDateTextProps = { date: PartialDate | null | undefined; showMark?: boolean };

/**
 * A date exactly as precise as its source, in the UI language: `2025?` when the year was not
 * stated, `11月22日（年份未知）` when nobody knows it, and a mark when it was inferred or curated
 * (the mark's tooltip carries the pipeline's note).
 */
export function PartialDateText({ date, showMark = true }: PartialDateTextProps) {
  const { t, lang, locale } = useT();
  const formatted = formatPartialDate(date, lang);
  if (!formatted) return <span className="text-faint">{t('dates.undated')}</span>;
  const mark = showMark ? basisMark(date) : null;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <time dateTime={formatted.dateTime} lang={locale}>
        {formatted.text}
        {formatted.yearUnknown ? (
          <span className="text-faint">{t('dates.yearUnknown')}</span>
        ) : null}
      </time>
      {mark ? <Mark title={date?.note}>{t(`dates.marks.${mark}`)}</Mark> : null}
    </span>
  );
}
