import type { PartialDate } from '../../domain';

const pad = (n: number) => String(n).padStart(2, '0');

export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function dayValue(y: number, m: number, d: number): string | null {
  return y >= 1900 && y <= 2100 && isRealDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function stated(value: string, asStated: string, datetime?: string): PartialDate {
  return { value, precision: 'day', basis: 'stated', asStated, ...(datetime ? { datetime } : {}) };
}

/**
 * A publication date as pages and front matter state it. Returns null when the text holds no
 * full date. Times without a zone stay local (`2023-11-13T15:33:51`); a zoned time (RFC 1123
 * `GMT`, YAML timestamps that gray-matter turned into Date objects) is kept in UTC.
 */
export function parseStatedDate(input: unknown, asStated?: string): PartialDate | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    const iso = input.toISOString();
    return stated(iso.slice(0, 10), asStated ?? iso, iso.replace('.000Z', 'Z'));
  }
  if (typeof input !== 'string') return null;
  const text = input.trim();
  const said = asStated ?? text;
  const iso = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(
    text,
  );
  if (iso) {
    const [, y, m, d, hh, mm, ss] = iso;
    const value = dayValue(Number(y), Number(m), Number(d));
    if (!value) return null;
    const time = hh ? `T${pad(Number(hh))}:${mm}:${ss ?? '00'}` : undefined;
    return stated(value, said, time ? `${value}${time}` : undefined);
  }
  const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (zh) {
    const value = dayValue(Number(zh[1]), Number(zh[2]), Number(zh[3]));
    return value ? stated(value, said) : null;
  }
  // RFC 1123 / 2822 (`Thu, 01 Apr 2021 10:41:00 GMT`) and English month names with a year.
  if (/[A-Za-z]{3}/.test(text) && /\d{4}/.test(text)) {
    const t = Date.parse(text);
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      const zoned = /\b(GMT|UTC|Z)\b|[+-]\d{4}\b/.test(text);
      if (zoned)
        return stated(d.toISOString().slice(0, 10), said, d.toISOString().replace('.000Z', 'Z'));
      const value = dayValue(d.getFullYear(), d.getMonth() + 1, d.getDate());
      return value ? stated(value, said) : null;
    }
  }
  return null;
}

/** A curated date string (`2025`, `2025-11`, `2025-11-22`) as a PartialDate, or null if malformed. */
export function curatedDate(value: string, note: string, asStated?: string): PartialDate | null {
  const precision = /^\d{4}$/.test(value)
    ? 'year'
    : /^\d{4}-\d{2}$/.test(value)
      ? 'month'
      : /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? 'day'
        : null;
  if (!precision) return null;
  if (
    precision === 'day' &&
    !isRealDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)))
  )
    return null;
  return { value, precision, basis: 'curated', note, ...(asStated ? { asStated } : {}) };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** A day mentioned in running text, with or without its year. */
export interface DayMention {
  index: number;
  length: number;
  asStated: string;
  year: number | null;
  month: number;
  day: number;
}

const PATTERNS: Array<{
  re: RegExp;
  read: (m: RegExpExecArray) => [number | null, number, number];
}> = [
  {
    re: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    read: (m) => [m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3])],
  },
  // "November 3th, 2020" (machine translation writes ordinals loosely), "Nov. 3 2020", "November 3".
  {
    re: new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    read: (m) => [m[3] ? Number(m[3]) : null, monthOf(m[1]!), Number(m[2])],
  },
  // "3 November 2020", "3rd of November".
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}(?:,?\\s+(\\d{4})\\b)?`,
      'gi',
    ),
    read: (m) => [m[3] ? Number(m[3]) : null, monthOf(m[2]!), Number(m[1])],
  },
];

export function findDayMentions(text: string): DayMention[] {
  const found: DayMention[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const [year, month, day] = read(m as RegExpExecArray);
      if (!isRealDay(year ?? 2000, month, day)) continue;
      if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length))
        continue;
      found.push({ index: m.index, length: m[0].length, asStated: m[0].trim(), year, month, day });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A day mention as a PartialDate. A stated year wins. Without one, the publication year is used
 * (basis `inferred`), stepping back a year when that would put the event more than 30 days
 * after publication (news reports the past). Without a publication year: `--MM-DD`, stated.
 */
export function resolveDay(m: DayMention, published: PartialDate): PartialDate {
  if (m.year !== null) return stated(`${m.year}-${pad(m.month)}-${pad(m.day)}`, m.asStated);
  const pubYear =
    published.value && /^\d{4}/.test(published.value) ? Number(published.value.slice(0, 4)) : null;
  if (pubYear === null)
    return {
      value: `--${pad(m.month)}-${pad(m.day)}`,
      precision: 'day',
      basis: 'stated',
      asStated: m.asStated,
    };
  const pubTime = Date.UTC(
    pubYear,
    Number(published.value!.slice(5, 7) || '12') - 1,
    Number(published.value!.slice(8, 10) || '28'),
  );
  let year = pubYear;
  if (Date.UTC(year, m.month - 1, m.day) - pubTime > 30 * 86_400_000) year -= 1;
  if (!isRealDay(year, m.month, m.day)) year = pubYear;
  return {
    value: `${year}-${pad(m.month)}-${pad(m.day)}`,
    precision: 'day',
    basis: 'inferred',
    asStated: m.asStated,
    note:
      year === pubYear
        ? 'year from the publication date'
        : 'year before the publication year (the day would fall more than 30 days after publication)',
  };
}
