/**
 * Partial dates as intervals: `2021` covers the whole year, `2021-03` the whole month. A range
 * filter keeps an entry when the two intervals overlap, so a year-only date is never silently
 * placed on 1 January.
 */

const SHAPE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day (no 30 February). */
export function isValidDayDate(value: string): boolean {
  const m = SHAPE.exec(value);
  if (!m) return false;
  if (!m[3]) return true;
  return Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

/** First day covered, as `YYYY-MM-DD`. Assumes a valid value. */
export function rangeStart(value: string): string {
  const [y, m = '01', d = '01'] = value.split('-');
  return `${y}-${m}-${d}`;
}

/** Last day covered, as `YYYY-MM-DD`. Assumes a valid value. */
export function rangeEnd(value: string): string {
  const [y = '0000', m, d] = value.split('-');
  if (d) return value;
  if (m) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

export type DateRange = { from: string | null; to: string | null };

/**
 * True when the dated interval `[value, end ?? value]` overlaps the range. `value` must carry a
 * year; callers keep yearless and undated items out of ranged views.
 */
export function overlapsRange(value: string, end: string | undefined, range: DateRange): boolean {
  if (range.from && rangeEnd(end ?? value) < rangeStart(range.from)) return false;
  if (range.to && rangeStart(value) > rangeEnd(range.to)) return false;
  return true;
}

export const hasRange = (range: DateRange) => range.from !== null || range.to !== null;
