import { escapeRegExp } from '../lib/text';
import { Coverage } from './coverage';
import type { NameHit, PersonHit } from './hits';
import {
  COMPOUND_SURNAMES,
  SURNAMES,
  TITLE_ENDINGS,
  TITLES_AFTER_NAME,
  TITLES_EN,
} from './lexicon/people';
import { GENERIC_WORDS, PARTICLES, STOP_WORDS } from './lexicon/words';
import type { TextScan } from './scan';
import { isBoundary, wordEndAfter } from './segment';

/**
 * People by their titles: `院长钟海涛` (title, then name), `刘伟院长` (name, then title),
 * `中国工程院院士顾晓松`, and in English `Huang Pengyu, director of …`. A Chinese name is a
 * known surname and one or two characters that end where a word, a title or punctuation begins.
 * The organisation is the institution named right before (`美德因妇儿医院刘伟院长`); resolving it is
 * the article's job, so the hit records where the organisation would end.
 */
const TITLE_RE = new RegExp(
  [...TITLE_ENDINGS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'g',
);
/** Characters after a title ending that make it another word (`委员会`, `书记处`). */
const NOT_TITLE = /^[会处局部厅室]/;
/** Titles that a following word qualifies rather than names (`专家智库`, `委员名单`). */
const NO_NAME_AFTER = new Set(['专家', '委员', '负责人', '创始人']);
const RANK = /(?:常务|执行|名誉|首席|党委|党组)?副?$/;
const PUNCT = /[\s，,、。；;：:！!？?（）()“”"《》]/;
const NAME_CHAR = /^\p{Script=Han}$/u;

export function findPeople(scan: TextScan, names: readonly NameHit[]): PersonHit[] {
  const out: PersonHit[] = [];
  const cover = new Coverage(scan.text.length, names);
  const inName = (s: number, e: number) => cover.overlaps(s, e);
  const nameEnds = new Set(names.map((n) => n.end));
  for (const m of scan.text.matchAll(TITLE_RE)) {
    const ts = m.index;
    const te = ts + m[0].length;
    if (NOT_TITLE.test(scan.text.slice(te, te + 1)) || inName(ts, te)) continue;
    const rank = RANK.exec(scan.text.slice(Math.max(0, ts - 4), ts))![0].length;
    const after = NO_NAME_AFTER.has(m[0]) ? null : nameAfter(scan, te);
    if (after) {
      const orgEnd = titleOrgEnd(scan, ts - rank, nameEnds);
      const posts = earlierPosts(scan, segmentStart(scan, orgEnd ?? ts - rank), nameEnds);
      const place = GOVERNMENT_POST.test(m[0]) ? placeBefore(scan, ts - rank) : undefined;
      out.push({
        kind: 'person',
        start: te,
        end: after,
        name: scan.text.slice(te, after),
        title: scan.text.slice(orgEnd ?? ts - rank, te),
        ...(orgEnd !== undefined ? { orgEndsAt: orgEnd } : {}),
        ...(posts.length ? { posts } : {}),
        ...(place ? { placeOf: place } : {}),
      });
      continue;
    }
    if (!TITLES_AFTER_NAME.has(m[0])) continue;
    const before = nameBefore(scan, ts - rank, nameEnds);
    if (before !== null)
      out.push({
        kind: 'person',
        start: before,
        end: ts - rank,
        name: scan.text.slice(before, ts - rank),
        title: scan.text.slice(ts - rank, te),
        orgEndsAt: before,
      });
  }
  out.push(...findEnglishPeople(scan));
  return out.filter((p) => !inName(p.start, p.end));
}

const surnameAt = (text: string, at: number): number =>
  COMPOUND_SURNAMES.some((c) => text.startsWith(c, at)) ? 2 : SURNAMES.has(text[at] ?? '') ? 1 : 0;

/** A plausible name `[start, end)`: Han only, not a word of its own (`党委`, `代表`). */
function plausible(scan: TextScan, start: number, end: number): boolean {
  const name = scan.text.slice(start, end);
  for (const ch of name) if (!NAME_CHAR.test(ch) || PARTICLES.has(ch)) return false;
  if (STOP_WORDS.has(name) || GENERIC_WORDS.has(name) || /[委局部会院厅处]$/.test(name))
    return false;
  // A name the dictionary knows as one word (`单位`, `智库`) is that word: real names split (`王|晶`).
  return !(isBoundary(scan.words, start) && wordEndAfter(scan.words, start) === end);
}

/** Where a name may end: punctuation, the end, a title, or the start of a word of two or more characters. */
function endsName(scan: TextScan, at: number): boolean {
  const next = scan.text.slice(at, at + 1);
  if (!next || PUNCT.test(next) || /[等和与及在为是]/.test(next)) return true;
  if (TITLE_ENDINGS.some((t) => scan.text.startsWith(t, at))) return true;
  return isBoundary(scan.words, at) && wordEndAfter(scan.words, at) - at >= 2;
}

function nameAfter(scan: TextScan, at: number): number | null {
  const s = surnameAt(scan.text, at);
  if (!s) return null;
  for (const given of [2, 1]) {
    const end = at + s + given;
    if (end <= scan.text.length && plausible(scan, at, end) && endsName(scan, end)) return end;
  }
  return null;
}

/** A name ending at `end` (right before its title): three characters when they open at a boundary, else two. */
function nameBefore(scan: TextScan, end: number, nameEnds: ReadonlySet<number>): number | null {
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0 || !plausible(scan, start, end)) continue;
    const s = surnameAt(scan.text, start);
    if (!s || (len === 4 && s !== 2)) continue;
    const prev = scan.text.slice(start - 1, start);
    const opens = !prev || PUNCT.test(prev) || nameEnds.has(start) || /[等和与及]/.test(prev);
    if (opens || len === 2) return start;
  }
  return null;
}

/** The end of the institution a title before a name belongs to (`中国工程院|院士`), if one ends close before. */
/** Posts of a place's government (`区长`, `市长`): held in that place's government. */
const GOVERNMENT_POST = /^(?:区长|市长|县长|省长|镇长)$/;

/** A place written right before a title (`普陀区|副区长`). */
function placeBefore(
  scan: TextScan,
  titleStart: number,
): { start: number; end: number } | undefined {
  const start = scan.placeStartBefore(titleStart);
  return start >= 0 && scan.placeEnd(start) === titleStart ? { start, end: titleStart } : undefined;
}

/**
 * `高新区管委会副主任、科技创新局局长罗会涛`, `醫院黨委副書記、院長鐘海濤`: titles listed with `、` before
 * the last one each name their organisation; a title with none holds the post in the one after it.
 */
function earlierPosts(
  scan: TextScan,
  from: number,
  nameEnds: ReadonlySet<number>,
): Array<{ orgEndsAt: number; title: string }> {
  const posts: Array<{ orgEndsAt: number; title: string }> = [];
  let at = from;
  while (scan.text[at - 1] === '、' && posts.length < 4) {
    const end = at - 1;
    const title = TITLE_ENDINGS.find((t) => scan.text.endsWith(t, end));
    if (!title) break;
    const titleStart = end - title.length;
    const rank = RANK.exec(scan.text.slice(Math.max(0, titleStart - 4), titleStart))![0].length;
    const orgEnd = titleOrgEnd(scan, titleStart - rank, nameEnds);
    if (orgEnd === undefined) break;
    posts.push({ orgEndsAt: orgEnd, title: scan.text.slice(orgEnd, end) });
    at = segmentStart(scan, orgEnd);
  }
  return posts;
}

/** Back from `at` to just after the punctuation before it: where this part of a list starts. */
function segmentStart(scan: TextScan, at: number): number {
  let i = at;
  while (i > 0 && !PUNCT.test(scan.text[i - 1]!) && at - i < 40) i--;
  return i;
}

function titleOrgEnd(
  scan: TextScan,
  titleStart: number,
  nameEnds: ReadonlySet<number>,
): number | undefined {
  for (let at = titleStart; at >= Math.max(0, titleStart - 8); at--) {
    if (nameEnds.has(at)) return at;
    if (PUNCT.test(scan.text[at - 1] ?? '')) return undefined;
  }
  return undefined;
}

const EN_NAME =
  /\b(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?([A-Z][a-z]{1,9}\s+[A-Z][a-z]+(?:-[a-z]+)?)\s*,\s*/g;

/** `Huang Pengyu, director of …`, `Mr. Zhang Ximin, deputy section chief`. */
function findEnglishPeople(scan: TextScan): PersonHit[] {
  if (!/[A-Za-z]{3}/.test(scan.text)) return [];
  const out: PersonHit[] = [];
  for (const m of scan.text.matchAll(EN_NAME)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (scan.placeEnd(start) > start) continue;
    const after = m.index + m[0].length;
    const title = TITLES_EN.exec(scan.text.slice(after, after + 60));
    if (!title) continue;
    const of = /^\s+of\s+(?:the\s+)?/i.exec(scan.text.slice(after + title[0].length));
    out.push({
      kind: 'person',
      start,
      end: start + m[1]!.length,
      name: m[1]!,
      title: title[0],
      ...(of ? { orgStartsAt: after + title[0].length + of[0].length } : {}),
    });
  }
  return out;
}
