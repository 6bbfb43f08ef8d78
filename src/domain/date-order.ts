import type { PartialDate } from './dates';

/**
 * Helpers over partial dates, free of zod (type-only imports) so the app can use them in its entry
 * chunk without pulling in the schema library. `dates.ts` re-exports them.
 */

/** True when the date has no year (`--MM-DD`). */
export function isYearless(date: PartialDate): boolean {
  return date.value !== null && date.value.startsWith('--');
}

/** The year of a date, or null when it has none. */
export function yearOf(date: PartialDate | null | undefined): number | null {
  if (!date?.value || isYearless(date)) return null;
  return Number(date.value.slice(0, 4));
}

/**
 * A sort key that keeps partial dates in honest order: `2021` sorts before `2021-03`, which sorts
 * before `2021-03-31`. Dates without a year and undated items sort last (callers put them in their
 * own lane).
 */
export function dateSortKey(date: PartialDate | null | undefined): string {
  if (!date?.value) return '\uffff';
  if (isYearless(date)) return `\ufffe${date.value}`;
  return date.value;
}

export function compareDates(
  a: PartialDate | null | undefined,
  b: PartialDate | null | undefined,
): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function unknownDate(note?: string): PartialDate {
  return { value: null, precision: null, basis: 'stated', ...(note ? { note } : {}) };
}
