import { foldText } from './fold';
import { MAX_QUERY } from './query';
import { tokenize } from './tokenize';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** A window of one block of the original text, with the query's matches marked. */
export interface Snippet {
  block: number;
  parts: SnippetPart[];
  /** True when text was cut before / after the window. */
  before: boolean;
  after: boolean;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldText(ch);
    if (foldCache.size < 50_000) foldCache.set(ch, folded);
  }
  return folded;
}

/**
 * The text folded code point by code point, with where each folded unit came from, so matches
 * found in the folded text mark the original (Traditional stays Traditional, full-width stays
 * full-width).
 */
function foldWithMap(text: string) {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, starts, ends };
}

type Range = [number, number];

function findRanges(text: string, terms: string[]): { ranges: Range[]; distinct: number } {
  const { folded, starts, ends } = foldWithMap(text);
  const ranges: Range[] = [];
  let distinct = 0;
  for (const term of terms) {
    const latin = !HAN.test(term);
    let found = false;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (latin && at > 0 && WORD_CHAR.test(folded[at - 1]!)) continue;
      let end = at + term.length;
      // A stem marks the whole word: "alliance" in "alliances".
      if (latin) while (end < folded.length && WORD_CHAR.test(folded[end]!)) end++;
      ranges.push([starts[at]!, ends[end - 1]!]);
      found = true;
    }
    if (found) distinct++;
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { ranges: merged, distinct };
}

/** Moves an index off the second half of a surrogate pair. */
const safe = (text: string, i: number) =>
  i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!) ? i - 1 : i;

/**
 * The best window (about `width` UTF-16 units) of an article's blocks for a query: the block
 * matching the most distinct query tokens, around its densest cluster of matches. Blocks without
 * any match give the opening of the first block, unmarked. Null when there is no text at all.
 */
export function makeSnippet(blocks: readonly string[], query: string, width = 140): Snippet | null {
  const terms = tokenize(query.slice(0, MAX_QUERY)).sort((a, b) => b.length - a.length);
  let best: { block: number; ranges: Range[]; score: number } | null = null;
  for (const [block, text] of blocks.entries()) {
    if (!text.trim()) continue;
    const { ranges, distinct } = findRanges(text, terms);
    const score = distinct * 10_000 + ranges.length;
    if (!best || score > best.score) best = { block, ranges, score };
  }
  if (!best) return null;
  const text = blocks[best.block]!;
  const lead = Math.floor(width / 4);
  let anchor = 0;
  let most = 0;
  for (const r of best.ranges) {
    const inWindow = best.ranges.filter((o) => o[0] >= r[0] && o[1] <= r[0] + width - lead).length;
    if (inWindow > most) [most, anchor] = [inWindow, r[0]];
  }
  let start = safe(text, Math.max(0, Math.min(anchor - lead, text.length - width)));
  const end = safe(text, Math.min(text.length, start + width));
  if (start < 0) start = 0;
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [s, e] of best.ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from > at) parts.push({ text: text.slice(at, from), hit: false });
    parts.push({ text: text.slice(from, to), hit: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), hit: false });
  return { block: best.block, parts, before: start > 0, after: end < text.length };
}
