import type { Language, PartialDate } from '../../domain';
import { isYearless } from '../../domain';

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export type FormattedDate = {
  /** Only what the source gives: a month-precision date never gains a day. */
  text: string;
  /** A valid HTML `datetime` value (`2021`, `2021-03`, `2021-03-31`, yearless `11-22`). */
  dateTime: string;
  yearUnknown: boolean;
};

/** Formats a partial date in the article's language; null for an undated value. */
export function formatPartialDate(
  date: PartialDate | null | undefined,
  language: Language,
): FormattedDate | null {
  if (!date?.value || !date.precision) return null;
  const yearUnknown = isYearless(date);
  const [yearPart, monthPart, dayPart] = yearUnknown
    ? [null, date.value.slice(2, 4), date.value.slice(5, 7)]
    : [date.value.slice(0, 4), date.value.slice(5, 7) || null, date.value.slice(8, 10) || null];
  const month = monthPart ? Number(monthPart) : null;
  const day = dayPart ? Number(dayPart) : null;
  const text =
    language === 'en' ? englishDate(yearPart, month, day) : chineseDate(yearPart, month, day);
  return { text, dateTime: yearUnknown ? date.value.slice(2) : date.value, yearUnknown };
}

function chineseDate(year: string | null, month: number | null, day: number | null): string {
  return `${year ? `${year}年` : ''}${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
}

function englishDate(year: string | null, month: number | null, day: number | null): string {
  const monthName = month ? MONTHS_EN[month - 1] : null;
  const monthDay = [monthName, day].filter(Boolean).join(' ');
  if (!year) return monthDay;
  if (!monthDay) return year;
  return day ? `${monthDay}, ${year}` : `${monthDay} ${year}`;
}

/**
 * The small mark shown next to a date that the source did not state as such. "year inferred" when
 * the stated text lacks the year that the value carries.
 */
export function basisMark(date: PartialDate | null | undefined): string | null {
  if (!date?.value) return null;
  if (date.basis === 'curated') return 'curated';
  if (date.basis !== 'inferred') return null;
  const year = isYearless(date) ? null : date.value.slice(0, 4);
  if (year && (!date.asStated || !date.asStated.includes(year))) return 'year inferred';
  return 'inferred';
}
