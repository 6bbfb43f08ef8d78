import type { PartialDate } from '../../domain';
import { isYearless } from '../../domain/date-order';
import { localeOf } from './locale';
import type { UiLang } from './url-state';

export type FormattedDate = {
  /** Only what the source gives: a month-precision date never gains a day. */
  text: string;
  /** A valid HTML `datetime` value (`2021`, `2021-03`, `2021-03-31`, yearless `11-22`). */
  dateTime: string;
  yearUnknown: boolean;
  /** The year is in the value but not in what the page said (inferred or curated): shown as `2025?`. */
  yearNotStated: boolean;
};

type Shape = 'year' | 'month' | 'day' | 'monthDay';
const OPTIONS: Record<Shape, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
  monthDay: { month: 'short', day: 'numeric' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: UiLang, shape: Shape): Intl.DateTimeFormat {
  const key = `${lang}:${shape}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(localeOf(lang), { ...OPTIONS[shape], timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

/** True when the page's own words do not contain the year the value carries. */
export function yearNotStated(date: PartialDate): boolean {
  if (!date.value || isYearless(date) || date.basis === 'stated') return false;
  return !date.asStated?.includes(date.value.slice(0, 4));
}

/** Formats a partial date for the UI language; null for an undated value. */
export function formatPartialDate(
  date: PartialDate | null | undefined,
  lang: UiLang,
): FormattedDate | null {
  if (!date?.value || !date.precision) return null;
  const yearUnknown = isYearless(date);
  const [y, m, d] = yearUnknown
    ? [2000, Number(date.value.slice(2, 4)), Number(date.value.slice(5, 7))]
    : [
        Number(date.value.slice(0, 4)),
        Number(date.value.slice(5, 7)) || 1,
        Number(date.value.slice(8, 10)) || 1,
      ];
  const shape: Shape = yearUnknown ? 'monthDay' : date.precision;
  const unsure = yearNotStated(date);
  const text = formatter(lang, shape)
    .formatToParts(new Date(Date.UTC(y, m - 1, d)))
    .map((part) => (part.type === 'year' && unsure ? `${part.value}?` : part.value))
    .join('');
  return {
    text,
    dateTime: yearUnknown ? date.value.slice(2) : date.value,
    yearUnknown,
    yearNotStated: unsure,
  };
}

export type BasisMark = 'yearInferred' | 'inferred' | 'curated';

/** The mark shown next to a date the source did not state as such. */
export function basisMark(date: PartialDate | null | undefined): BasisMark | null {
  if (!date?.value || date.basis === 'stated') return null;
  if (date.basis === 'curated') return 'curated';
  return yearNotStated(date) ? 'yearInferred' : 'inferred';
}

/** The time of day of an ISO date-time (a publication time), in UTC, e.g. `10:41 UTC`. */
export function formatTimeOfDay(iso: string, lang: UiLang): string | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return new Intl.DateTimeFormat(localeOf(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(at);
}
