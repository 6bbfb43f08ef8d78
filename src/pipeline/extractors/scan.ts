import { COUNTRIES, NATIONAL } from './lexicon/words';
import { HEADS_ZH } from './lexicon/heads';
import type { SpanText } from './name-span';
import { findRegionHits, type RegionHit, type RegionIndex } from './regions';
import { segmentWords } from './segment';

/** One Simplified text prepared for the extractors: its words, its places, and lookups over them. */
export interface TextScan extends SpanText {
  regions: RegionHit[];
  /** Starts of bare zones (`高新区` alone), which only the article can resolve. */
  relativeAt: ReadonlySet<number>;
}

const NAME_ENDS = [
  ...new Set(
    HEADS_ZH.map((h) => h.text).filter((t) => t.length >= 2 || '局部委厅办署'.includes(t)),
  ),
];
const COUNTRY_MAX = Math.max(...[...COUNTRIES].map((c) => c.length));

export function makeScan(text: string, index: RegionIndex): TextScan {
  const words = segmentWords(text);
  const regions = findRegionHits(text, index);
  // Memoised per position (-2: not computed yet), so the many left walks cost no more than the text.
  const ends = new Int32Array(text.length + 1).fill(-2);
  const starts = new Int32Array(text.length + 1).fill(-2);
  for (const r of regions) {
    ends[r.start] = r.end;
    starts[r.end] = r.start;
  }
  return {
    text,
    words,
    regions,
    relativeAt: new Set(regions.filter((r) => r.relative).map((r) => r.start)),
    placeEnd(pos) {
      if (ends[pos] === -2) ends[pos] = otherPlaceAt(text, pos);
      return ends[pos]!;
    },
    placeStartBefore(pos) {
      if (starts[pos] === -2) starts[pos] = otherPlaceBefore(text, pos);
      return starts[pos]!;
    },
    nameEndsAt(pos) {
      return NAME_ENDS.some((e) => text.endsWith(e, pos));
    },
  };
}

/** A national prefix or a country opening at `pos`: its end, or -1. */
function otherPlaceAt(text: string, pos: number): number {
  const national = NATIONAL.find((n) => text.startsWith(n, pos));
  if (national) return pos + national.length;
  for (let len = Math.min(COUNTRY_MAX, text.length - pos); len >= 2; len--)
    if (COUNTRIES.has(text.slice(pos, pos + len))) return pos + len;
  return -1;
}

/** A national prefix or a country ending at `pos`: its start, or -1. */
function otherPlaceBefore(text: string, pos: number): number {
  const national = NATIONAL.find((n) => text.endsWith(n, pos));
  if (national) return pos - national.length;
  for (let len = Math.min(COUNTRY_MAX, pos); len >= 2; len--)
    if (COUNTRIES.has(text.slice(pos - len, pos))) return pos - len;
  return -1;
}

/** End of the chain of places opening `[from, to)` (`上海市普陀区`, `中共济宁`), or `from` when none. */
export function placeChainEnd(scan: TextScan, from: number, to: number): number {
  let at = from;
  for (let next = scan.placeEnd(at); next > at && next <= to; next = scan.placeEnd(at)) at = next;
  return at;
}

/** A single-character place word that means the article's own (`市卫健委`, `区政府`, `省人民医院`). */
export const RELATIVE_PREFIX = /^[市省区县州]/;
