import type { Language, PartialDate } from '../../domain';
import { basisMark, formatPartialDate } from '../lib/format-date';
import { Mark } from './mark';

type PartialDateTextProps = { date: PartialDate | null | undefined; language: Language };

/** A date exactly as precise as its source, with a mark when it was inferred or curated. */
export function PartialDateText({ date, language }: PartialDateTextProps) {
  const formatted = formatPartialDate(date, language);
  if (!formatted) return <span className="text-slate-500">undated</span>;
  const mark = basisMark(date);
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <time dateTime={formatted.dateTime} lang={language}>
        {formatted.text}
      </time>
      {formatted.yearUnknown ? <span className="text-slate-500">(year unknown)</span> : null}
      {mark ? <Mark>{mark}</Mark> : null}
    </span>
  );
}
