import type { Zone } from '../extraction-tables';
import type { Gazetteer, GazetteerRow } from '../lib/gazetteer';

/**
 * Region names in Simplified (or English) text. Full names match at every level; short forms
 * (`沈阳`, `陕西`) only for provinces and cities, because district short forms are ambiguous and
 * often ordinary words; guarded short forms (data/curation/region-guards.yaml) never alone. Named
 * zones and areas come from data/curation/zones.yaml; `<city>高新区`, `<city>经开区`,
 * `<City> High-tech Zone` are zones of that city by rule, and a bare `高新区` is left for the
 * article to resolve.
 */
export type PlaceKind = 'admin' | 'zone' | 'group' | 'macro' | 'country';
export interface Place {
  kind: PlaceKind;
  rows: GazetteerRow[];
  zone?: Zone;
}

export interface RegionHit {
  start: number;
  end: number;
  kind: PlaceKind;
  /** Candidate divisions (admin), or the city a rule-made zone lies in. */
  rows: GazetteerRow[];
  /** The zones.yaml entry, when the name is one. */
  zone?: Zone;
  /** A bare `高新区`: which one, only the article knows. */
  relative?: boolean;
}

export interface RegionIndex {
  zh: Map<string, Place[]>;
  first: Set<string>;
  maxLength: number;
  en: Map<string, Place[]>;
  maxWords: number;
}

const ZONE_SUFFIX_ZH =
  /^(?:国家级)?(?:高新技术产业开发区|高新区|经济技术开发区|经济开发区|经开区|开发区|自由贸易试验区|自贸区|综合保税区|保税区|工业园区|产业园区)/;
const BARE_ZONE = /^(?:高新区|经开区|开发区|自贸区)/;
const ZONE_SUFFIX_EN =
  /^\s+(?:(?:High|Hi)[- ]?tech(?:nology)?(?:\s+Industrial)?(?:\s+Development)?\s+Zone|Economic(?:\s+and\s+Technological)?\s+Development\s+Zone|Free\s+Trade\s+Zone|Development\s+Zone)\b/i;
/** `健康中国`, `美丽中国`: slogans, not places. */
const SLOGAN_BEFORE = /(?:健康|美丽|数字|平安|法治|智慧|创新|幸福|网络|文化|体育)$/;

const cache = new WeakMap<Gazetteer, Map<string, RegionIndex>>();

export function regionIndex(
  gaz: Gazetteer,
  guards: ReadonlySet<string>,
  zones: readonly Zone[] = [],
): RegionIndex {
  const key = `${[...guards].sort().join('|')}#${zones.map((z) => z.name).join('|')}`;
  const hit = cache.get(gaz)?.get(key);
  if (hit) return hit;
  const zh = new Map<string, Place[]>();
  const en = new Map<string, Place[]>();
  const addAdmin = (map: Map<string, Place[]>, k: string, row: GazetteerRow) => {
    const list = map.get(k) ?? [];
    const admin = list.find((p) => p.kind === 'admin');
    if (admin) admin.rows.push(row);
    else map.set(k, [...list, { kind: 'admin', rows: [row] }]);
  };
  for (const row of gaz.rows) {
    const wide = row.level !== 'district';
    // Two-character district names (城区, 郊区, 矿区, 和县) are words; only longer ones are names.
    if (wide || row.name.length >= 3) addAdmin(zh, row.name, row);
    if (wide && row.short.length >= 2 && row.short !== row.name && !guards.has(row.short))
      addAdmin(zh, row.short, row);
    if (row.nameEn && !guards.has(row.nameEn)) {
      const en1 = row.nameEn.toLowerCase();
      if (wide) addAdmin(en, en1, row);
      else addAdmin(en, `${en1} ${row.name.endsWith('县') ? 'county' : 'district'}`, row);
    }
  }
  for (const zone of zones) {
    const place: Place = { kind: zone.kind, rows: [], zone };
    for (const name of [zone.name, ...zone.aliases]) {
      const latin = /^[\x20-\x7e]+$/.test(name);
      const map = latin ? en : zh;
      const k = latin ? name.toLowerCase() : name;
      map.set(k, [place, ...(map.get(k) ?? []).filter((p) => p.kind === 'admin')]);
    }
  }
  const index: RegionIndex = {
    zh,
    first: new Set([...zh.keys()].map((k) => k[0]!)),
    maxLength: Math.max(0, ...[...zh.keys()].map((k) => k.length)),
    en,
    maxWords: Math.max(1, ...[...en.keys()].map((k) => k.split(' ').length)),
  };
  if (!cache.has(gaz)) cache.set(gaz, new Map());
  cache.get(gaz)!.set(key, index);
  return index;
}

const toHit = (start: number, end: number, places: Place[]): RegionHit => {
  const named = places.find((p) => p.kind !== 'admin');
  if (named) return { start, end, kind: named.kind, rows: [], zone: named.zone! };
  return { start, end, kind: 'admin', rows: places[0]!.rows };
};

/** Greedy, longest-first, left-to-right: `浙江门户` is 浙江 + 门户, never 江门. */
export function findRegionHits(text: string, index: RegionIndex): RegionHit[] {
  const hits: RegionHit[] = [];
  for (let i = 0; i < text.length;) {
    let found: RegionHit | null = null;
    if (index.first.has(text[i]!)) {
      for (let len = Math.min(index.maxLength, text.length - i); len >= 2 && !found; len--) {
        const places = index.zh.get(text.slice(i, i + len));
        if (places) found = toHit(i, i + len, places);
      }
    }
    if (found?.kind === 'admin') {
      const zone = ZONE_SUFFIX_ZH.exec(text.slice(found.end, found.end + 12));
      if (zone) found = { ...found, kind: 'zone', end: found.end + zone[0].length };
    } else if (!found) {
      const bare = BARE_ZONE.exec(text.slice(i, i + 3));
      if (bare)
        found = { start: i, end: i + bare[0].length, kind: 'zone', rows: [], relative: true };
    }
    if (found?.kind === 'country' && SLOGAN_BEFORE.test(text.slice(Math.max(0, i - 2), i)))
      found = null;
    if (found) {
      hits.push(found);
      i = found.end;
    } else i++;
  }
  if (/[A-Za-z]{4}/.test(text)) hits.push(...findEnglishHits(text, index));
  return hits.sort((a, b) => a.start - b.start);
}

/** English names by words (`Longhua District`, `Chengdu High-tech Zone`): one map lookup per phrase. */
function findEnglishHits(text: string, index: RegionIndex): RegionHit[] {
  const words = [...text.matchAll(/[A-Za-z](?:[A-Za-z-]|['’](?!s\b))*/g)];
  const hits: RegionHit[] = [];
  for (let w = 0; w < words.length;) {
    let found: RegionHit | null = null;
    for (let n = Math.min(index.maxWords, words.length - w); n >= 1 && !found; n--) {
      const start = words[w]!.index;
      const last = words[w + n - 1]!;
      const end = last.index + last[0].length;
      const phrase = text.slice(start, end);
      if (/[^\sA-Za-z'’-]/.test(phrase) || /\s{2,}/.test(phrase)) continue;
      const places = index.en.get(phrase.toLowerCase().replace(/\s+/g, ' '));
      if (places) {
        found = toHit(start, end, places);
        w += n;
      }
    }
    if (!found) {
      w++;
      continue;
    }
    if (found.kind === 'admin') {
      const zone = ZONE_SUFFIX_EN.exec(text.slice(found.end, found.end + 80));
      if (zone) {
        found = { ...found, kind: 'zone', end: found.end + zone[0].length };
        while (w < words.length && words[w]!.index < found.end) w++;
      }
    }
    hits.push(found);
  }
  return hits;
}
