import type { PartialDate } from '../../domain';
import { dayValue, isRealDay, MONTH_WORD, monthOf, pad } from './calendar';

/**
 * Dates named in running text: days (`3月31日`, `2020年11月3日`, `November 3th, 2020`,
 * `3 November 2020`), ranges (`11月8日至10日`, `November 3-5, 2020`), months with a year
 * (`2021年4月`, `April 2021`) and days relative to the publication date (`昨日`, `今天`,
 * `本月5日`, `今（12）日`, `yesterday`). Vague words (`日前`, `近日`, `on Monday`) are left alone: they name no day.
 */

/** A day mentioned in running text, with or without its year. */
export interface DayMention {
  index: number;
  length: number;
  asStated: string;
  year: number | null;
  month: number;
  day: number;
}

export type DateMention =
  | ({ kind: 'day'; end?: { month: number; day: number } } & DayMention)
  | { kind: 'month'; index: number; length: number; asStated: string; year: number; month: number }
  | { kind: 'relative'; index: number; length: number; asStated: string; offset: number }
  | { kind: 'this-month'; index: number; length: number; asStated: string; day: number };

type Read = (m: RegExpMatchArray) => DateMention | null;
const at = (m: RegExpMatchArray) => ({
  index: m.index!,
  length: m[0].length,
  asStated: m[0].trim(),
});
const num = (s: string | undefined) => (s === undefined ? null : Number(s));
const RANGE = '\\s*(?:至|到|—|–|-|~|～|to)\\s*';
/** `May` and `March` are also words; lower-case they are months only with a year. */
const wordOk = (word: string, year: string | undefined) =>
  year !== undefined || /^[A-Z]/.test(word);

function day(
  m: RegExpMatchArray,
  year: number | null,
  month: number,
  d: number,
  end?: { month: number; day: number },
): DateMention | null {
  if (!isRealDay(year ?? 2000, month, d)) return null;
  const endOk = end && isRealDay(2000, end.month, end.day) && (end.month !== month || end.day > d);
  return { kind: 'day', ...at(m), year, month, day: d, ...(endOk ? { end } : {}) };
}

const PATTERNS: Array<[RegExp, Read]> = [
  [
    new RegExp(
      `(?<![\\d.])(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號](?:${RANGE}(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号號])?`,
      'g',
    ),
    (m) => {
      const month = +m[2]!;
      const end = m[5] ? { month: num(m[4]) ?? month, day: +m[5] } : undefined;
      return day(m, num(m[1]), month, +m[3]!, end);
    },
  ],
  [
    /(?<![\d.])(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号號])(?!\s*\d)/g,
    (m) => {
      const month = +m[2]!;
      if (month < 1 || month > 12) return null;
      return { kind: 'month', ...at(m), year: +m[1]!, month };
    },
  ],
  [
    /(?<![\d/.-])(\d{4})[-/.](\d{2})[-/.](\d{2})(?![\d/.-])/g,
    (m) => day(m, +m[1]!, +m[2]!, +m[3]!),
  ],
  // November 3th, 2020 (machine translation writes ordinals loosely); Nov. 3-5, 2020; November 3
  [
    new RegExp(
      `\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:${RANGE}(\\d{1,2})(?:st|nd|rd|th)?)?\\b(?:,?\\s+(\\d{4})\\b)?`,
      'gi',
    ),
    (m) => {
      if (!wordOk(m[1]!, m[4])) return null;
      const month = monthOf(m[1]!);
      return day(m, num(m[4]), month, +m[2]!, m[3] ? { month, day: +m[3] } : undefined);
    },
  ],
  // 3 November 2020; 3rd of November; 3-5 November 2020
  [
    new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:${RANGE}(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH_WORD}(?:,?\\s+(\\d{4})\\b)?`,
      'gi',
    ),
    (m) => {
      if (!wordOk(m[3]!, m[4])) return null;
      const month = monthOf(m[3]!);
      return day(m, num(m[4]), month, +m[1]!, m[2] ? { month, day: +m[2] } : undefined);
    },
  ],
  [
    new RegExp(`\\b${MONTH_WORD},?\\s+(\\d{4})\\b`, 'gi'),
    (m) =>
      wordOk(m[1]!, m[2]) ? { kind: 'month', ...at(m), year: +m[2]!, month: monthOf(m[1]!) } : null,
  ],
  // 今日头条 is a company and 今天的中国 speaks of the present, not of a day.
  [
    /(今天|今日|昨天|昨日|前天)(?!的|头条|頭條|说法|說法)/g,
    (m) => ({
      kind: 'relative',
      ...at(m),
      offset: m[1]!.startsWith('今') ? 0 : m[1] === '前天' ? -2 : -1,
    }),
  ],
  [/\byesterday\b/gi, (m) => ({ kind: 'relative', ...at(m), offset: -1 })],
  // Taiwan and Hong Kong news: 今（12）日 "today, the 12th", 昨（11）日.
  [
    /[今昨前][（(](\d{1,2})[）)]日/g,
    (m) => (+m[1]! >= 1 && +m[1]! <= 31 ? { kind: 'this-month', ...at(m), day: +m[1]! } : null),
  ],
  [
    /本月\s*(\d{1,2})\s*[日号號]/g,
    (m) => (+m[1]! >= 1 && +m[1]! <= 31 ? { kind: 'this-month', ...at(m), day: +m[1]! } : null),
  ],
];

/**
 * Every date mention, in text order, never overlapping: where two patterns match the same words
 * the earlier, then the longer, wins. Linear in the text apart from sorting the mentions.
 */
export function findDateMentions(text: string): DateMention[] {
  const all: DateMention[] = [];
  for (const [re, read] of PATTERNS)
    for (const m of text.matchAll(re)) {
      const found = read(m);
      if (found) all.push(found);
    }
  all.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: DateMention[] = [];
  let until = 0;
  for (const m of all) {
    if (m.index < until) continue;
    out.push(m);
    until = m.index + m.length;
  }
  return out;
}

/** Explicit days only (`3月31日`, `November 3th, 2020`), the shape extractors match sentences by. */
export function findDayMentions(text: string): DayMention[] {
  return findDateMentions(text).flatMap((m) =>
    m.kind === 'day'
      ? [
          {
            index: m.index,
            length: m.length,
            asStated: m.asStated,
            year: m.year,
            month: m.month,
            day: m.day,
          },
        ]
      : [],
  );
}

const yearOfPub = (p: PartialDate) =>
  p.value && /^\d{4}/.test(p.value) ? Number(p.value.slice(0, 4)) : null;

/**
 * A day mention as a PartialDate. A stated year wins. Without one, the publication year is used
 * (basis `inferred`), stepping back a year when that would put the event more than 30 days
 * after publication (news reports the past). Without a publication year: `--MM-DD`, stated.
 */
export function resolveDay(m: DayMention, published: PartialDate): PartialDate {
  if (m.year !== null)
    return {
      value: `${m.year}-${pad(m.month)}-${pad(m.day)}`,
      precision: 'day',
      basis: 'stated',
      asStated: m.asStated,
    };
  const pubYear = yearOfPub(published);
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

export type ResolvedMention = PartialDate & { end?: string };

/** The last day of a range, in the start's year (or the next one when the range crosses New Year). */
function endValue(start: string, end: { month: number; day: number }): string | undefined {
  if (start.startsWith('--')) return `--${pad(end.month)}-${pad(end.day)}`;
  const y = Number(start.slice(0, 4));
  const year = end.month < Number(start.slice(5, 7)) ? y + 1 : y;
  return dayValue(year, end.month, end.day) ?? undefined;
}

/**
 * Any mention as a PartialDate, or null when it cannot be placed: a relative day needs a
 * publication day, `本月5日` a publication month. Relative days are `inferred` and say from what.
 */
export function resolveMention(m: DateMention, published: PartialDate): ResolvedMention | null {
  switch (m.kind) {
    case 'day': {
      const date: ResolvedMention = resolveDay(m, published);
      const end = m.end && endValue(date.value!, m.end);
      return end ? { ...date, end } : date;
    }
    case 'month':
      return {
        value: `${m.year}-${pad(m.month)}`,
        precision: 'month',
        basis: 'stated',
        asStated: m.asStated,
      };
    case 'relative': {
      if (published.precision !== 'day' || !yearOfPub(published)) return null;
      const t = new Date(`${published.value}T00:00:00Z`);
      t.setUTCDate(t.getUTCDate() + m.offset);
      return {
        value: t.toISOString().slice(0, 10),
        precision: 'day',
        basis: 'inferred',
        asStated: m.asStated,
        note: `"${m.asStated}" counted from the publication date ${published.value}`,
      };
    }
    case 'this-month': {
      if (published.precision === 'year' || !yearOfPub(published)) return null;
      const value = dayValue(yearOfPub(published)!, Number(published.value!.slice(5, 7)), m.day);
      if (!value) return null;
      return {
        value,
        precision: 'day',
        basis: 'inferred',
        asStated: m.asStated,
        note: `month and year from the publication date ${published.value}`,
      };
    }
  }
}
