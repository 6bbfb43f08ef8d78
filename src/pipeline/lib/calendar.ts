/** Calendar arithmetic shared by the date parsers. */

export const pad = (n: number) => String(n).padStart(2, '0');

export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function dayValue(y: number, m: number, d: number): string | null {
  return y >= 1900 && y <= 2100 && isRealDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * An English month name or abbreviation (`November`, `Nov`, `Nov.`, `Sept`), one capture group; a
 * dot only after an abbreviation, so a sentence's full stop after `May` is not taken.
 */
export const MONTH_WORD =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
export const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
