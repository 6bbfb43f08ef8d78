import type { PartialDate } from '../../domain';
import { dayValue, isRealDay, MONTH_WORD, monthOf, pad } from './calendar';

/**
 * Publication dates as pages and front matter state them. Parsing is explicit (no `Date.parse`),
 * so the result never depends on the machine's time zone or locale.
 */

/** A time of day, optionally with a stated zone: `10:41`, `10:41:00 GMT`, `T10:41:00+08:00`. */
const TIME =
  '(?:\\s*|T)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(?:\\s*(Z|GMT|UTC|[+-]\\d{2}:?\\d{2})(?![\\d:]))?';

interface Found {
  y: number;
  m: number;
  d: number | null;
  time?: { hh: number; mm: number; ss: number; zone?: string };
}

const SHAPES: Array<{ re: RegExp; read: (m: RegExpExecArray) => Found }> = [
  // 2023-11-13 15:33:51, 2021/04/01, 2021.04.01, 2021-04-01T10:41:00+08:00, 2021年4月1日 10:30
  {
    re: new RegExp(
      `(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?(?:${TIME})?`,
    ),
    read: (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]!, time: timeOf(m, 4) }),
  },
  // Thu, 01 Apr 2021 10:41:00 GMT; 1 April 2021; 3rd of November, 2020
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(\\d{4})\\b(?:${TIME})?`,
      'i',
    ),
    read: (m) => ({ y: +m[3]!, m: monthOf(m[2]!), d: +m[1]!, time: timeOf(m, 4) }),
  },
  // April 1, 2021; Nov. 3th, 2020 10:00
  {
    re: new RegExp(
      `\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b(?:,?${TIME})?`,
      'i',
    ),
    read: (m) => ({ y: +m[3]!, m: monthOf(m[1]!), d: +m[2]!, time: timeOf(m, 4) }),
  },
  // Month precision, only when the text is nothing else: 2021年4月, 2021-04, April 2021
  {
    re: /^(\d{4})\s*(?:年\s*|-)(\d{1,2})\s*月?$/,
    read: (m) => ({ y: +m[1]!, m: +m[2]!, d: null }),
  },
  {
    re: new RegExp(`^${MONTH_WORD},?\\s+(\\d{4})$`, 'i'),
    read: (m) => ({ y: +m[2]!, m: monthOf(m[1]!), d: null }),
  },
];

function timeOf(m: RegExpExecArray, at: number): Found['time'] {
  if (m[at] === undefined) return undefined;
  const [hh, mm, ss] = [+m[at]!, +m[at + 1]!, m[at + 2] ? +m[at + 2]! : 0];
  if (hh > 23 || mm > 59 || ss > 59) return undefined;
  return { hh, mm, ss, ...(m[at + 3] ? { zone: m[at + 3] } : {}) };
}

/** `GMT`/`UTC`/`Z` → `Z`; `+0800`/`+08:00` → `+08:00`. */
function isoZone(zone: string): string | null {
  if (/^(Z|GMT|UTC)$/i.test(zone)) return 'Z';
  const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!z || +z[2]! > 14 || +z[3]! > 59) return null;
  return z[2] === '00' && z[3] === '00' ? 'Z' : `${z[1]}${z[2]}:${z[3]}`;
}

/**
 * A publication date as stated. Returns null when the text holds no date. `value` is the day as
 * written; `datetime` is set only when the page states a zone (`GMT`, `+08:00`): a time without
 * one is kept in a note, never given an invented zone.
 */
export function parseStatedDate(input: unknown, asStated?: string): PartialDate | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    const iso = input.toISOString();
    return {
      value: iso.slice(0, 10),
      precision: 'day',
      basis: 'stated',
      asStated: asStated ?? iso,
      datetime: iso.replace('.000Z', 'Z'),
    };
  }
  if (typeof input !== 'string') return null;
  const text = input.trim().slice(0, 200);
  const said = asStated ?? text;
  for (const { re, read } of SHAPES) {
    const m = re.exec(text);
    if (!m) continue;
    const f = read(m);
    if (f.d === null) {
      if (f.m < 1 || f.m > 12 || f.y < 1900 || f.y > 2100) return null;
      return { value: `${f.y}-${pad(f.m)}`, precision: 'month', basis: 'stated', asStated: said };
    }
    const value = dayValue(f.y, f.m, f.d);
    if (!value) return null;
    const out: PartialDate = { value, precision: 'day', basis: 'stated', asStated: said };
    if (!f.time) return out;
    const clock = `${pad(f.time.hh)}:${pad(f.time.mm)}:${pad(f.time.ss)}`;
    const zone = f.time.zone ? isoZone(f.time.zone) : null;
    return zone
      ? { ...out, datetime: `${value}T${clock}${zone}` }
      : { ...out, note: `time ${clock} stated without a zone` };
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
  if (precision === 'month' && (+value.slice(5, 7) < 1 || +value.slice(5, 7) > 12)) return null;
  if (
    precision === 'day' &&
    !isRealDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)))
  )
    return null;
  return { value, precision, basis: 'curated', note, ...(asStated ? { asStated } : {}) };
}

// Extractors import these from here; they live with the other text mentions.
export { findDayMentions, resolveDay, type DayMention } from './date-mentions';
export { isRealDay } from './calendar';
