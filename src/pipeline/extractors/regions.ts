import type { Gazetteer, GazetteerRow } from '../lib/gazetteer';
import { ancestry } from '../lib/gazetteer';
import { escapeRegExp } from '../lib/text';

/**
 * Region names in Simplified (or English) text. Full names match at every level; short forms
 * (`沈阳`, `陕西`) only for provinces and cities, because district short forms are ambiguous and
 * often ordinary words. Short forms listed in data/curation/region-guards.yaml never match alone.
 */
export interface RegionIndex {
  zh: Map<string, GazetteerRow[]>;
  maxLength: number;
  en: Array<{ re: RegExp; rows: GazetteerRow[] }>;
}

export interface RegionHit {
  start: number;
  end: number;
  rows: GazetteerRow[];
}

const indexCache = new WeakMap<Gazetteer, Map<string, RegionIndex>>();

export function regionIndex(gaz: Gazetteer, guards: ReadonlySet<string>): RegionIndex {
  const key = [...guards].sort().join('|');
  const cached = indexCache.get(gaz)?.get(key);
  if (cached) return cached;
  const zh = new Map<string, GazetteerRow[]>();
  const en = new Map<string, GazetteerRow[]>();
  const add = <K>(map: Map<K, GazetteerRow[]>, k: K, row: GazetteerRow) =>
    map.set(k, [...(map.get(k) ?? []), row]);
  for (const row of gaz.rows) {
    const wide = row.level !== 'district';
    // Two-character district names (城区, 郊区, 矿区, 和县) are words; only longer ones are names.
    if (wide || row.name.length >= 3) add(zh, row.name, row);
    if (wide && row.short.length >= 2 && row.short !== row.name && !guards.has(row.short))
      add(zh, row.short, row);
    if (row.nameEn && !guards.has(row.nameEn))
      add(en, wide ? row.nameEn : `${row.nameEn} District`, row);
  }
  const index: RegionIndex = {
    zh,
    maxLength: Math.max(0, ...[...zh.keys()].map((k) => k.length)),
    en: [...en].map(([name, rows]) => ({
      re: new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'),
      rows,
    })),
  };
  if (!indexCache.has(gaz)) indexCache.set(gaz, new Map());
  indexCache.get(gaz)!.set(key, index);
  return index;
}

/** Greedy, longest-first, left-to-right: `浙江门户` is 浙江 + 门户, never 江门. */
export function findRegionHits(text: string, index: RegionIndex): RegionHit[] {
  const hits: RegionHit[] = [];
  for (let i = 0; i < text.length;) {
    let found: RegionHit | null = null;
    for (let len = Math.min(index.maxLength, text.length - i); len >= 2 && !found; len--) {
      const rows = index.zh.get(text.slice(i, i + len));
      if (rows) found = { start: i, end: i + len, rows };
    }
    if (found) {
      hits.push(found);
      i = found.end;
    } else i++;
  }
  if (/[A-Za-z]{4}/.test(text)) {
    for (const { re, rows } of index.en)
      for (const m of text.matchAll(re))
        hits.push({ start: m.index, end: m.index + m[0].length, rows });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * One code per hit where the text allows it. An ambiguous name (`普陀区`: Shanghai or Zhoushan)
 * takes the candidate whose ancestor the text also names; a name shared along one line of descent
 * (`吉林`: province and its city) means the widest; anything still ambiguous is left out.
 */
export function resolveRegions(
  hits: RegionHit[],
  gaz: Gazetteer,
  context: ReadonlySet<string> = new Set(),
): { codes: string[]; ambiguous: string[] } {
  const sure = new Set<string>(context);
  for (const h of hits)
    if (h.rows.length === 1) for (const c of ancestry(gaz, h.rows[0]!.code)) sure.add(c);
  const codes = new Set<string>();
  const ambiguous: string[] = [];
  for (const h of hits) {
    let pick: GazetteerRow | undefined = h.rows.length === 1 ? h.rows[0] : undefined;
    if (!pick) {
      const anchored = h.rows.filter((r) =>
        ancestry(gaz, r.code)
          .slice(1)
          .some((a) => sure.has(a)),
      );
      if (anchored.length === 1) pick = anchored[0];
      else {
        // All candidates on one line of descent (吉林省 ⊃ 吉林市; 嘉峪关市 ⊃ its one district): the widest.
        const top = h.rows.find((r) => h.rows.every((o) => ancestry(gaz, o.code).includes(r.code)));
        if (top) pick = top;
      }
    }
    if (pick) codes.add(pick.code);
    else ambiguous.push(h.rows.map((r) => `${r.name} ${r.code}`).join(' / '));
  }
  return { codes: [...codes].sort(), ambiguous: [...new Set(ambiguous)] };
}
