import { Coverage } from './coverage';
import type { NameHit, PersonHit } from './hits';
import { TITLE_ENDINGS } from './lexicon/people';
import { GENERIC_WORDS, PARTICLES, STOP_WORDS } from './lexicon/words';
import { brandish } from './trade-names';
import type { TextScan } from './scan';
import { wordEndAfter, wordsIn, wordStartBefore } from './segment';

/**
 * Organisations named by what the sentence says about them rather than by a head word:
 * `新浪CEO…`, `腾讯旗下`, `XX股价` (a name before an organisation's attribute or a post in it) and
 * `据彭博报道`, `加盟XX`, `击败XX`, `收购XX` (a name after a verb that takes an organisation). The
 * name must look like one (`brandish`: a place, characters the dictionary does not know, a trade word),
 * except on either side of `vs` (`切沃vs罗马`), which only sides take: there a city is a team.
 */
const AFTER = [
  '旗下',
  '股价',
  '股票',
  '市值',
  '财报',
  '季报',
  '年报',
  '官网',
  '发言人',
  '董事会',
  '高管',
  '总部',
  'CEO',
  '总裁',
  '副总裁',
  '董事长',
  '总经理',
  '行长',
  '副行长',
  '局长',
  '厅长',
  '部长',
  '院长',
  '校长',
  '会长',
  '秘书长',
  '主帅',
  '主教练',
  '队长',
  '球员',
  '前锋',
  '中场',
  '后卫',
  '门将',
  '守门员',
  '球迷',
  '主场',
  '客场',
].sort((a, b) => b.length - a.length);
const BEFORE =
  /^(?:据|加盟|效力于|效力|转会至|转会|租借至|击败|战胜|输给|负于|不敌|迎战|对阵|力克|逼平|收购|入股|起诉|状告|联手|牵手|入主)$/;
const REPORTS = /^(?:报道|消息|称|透露|援引|获悉|指出|表示)/;
/** Abbreviations that name no organisation. */
const COMMON_ACRONYMS = new Set(
  'CEO CFO CTO COO GDP CPI PPI PMI IPO MVP CPU GPU PC TV DVD CD VIP KTV USB APP PK VS OK NO PM AM ID IT AI VR AR HD GB MB KB LED LCD DNA ATM SUV GPS MV PPT PDF QQ SMS IC CT MRI PET ICU RMB USD'.split(
    ' ',
  ),
);
/** Ranks that belong to the post, not the organisation (`招行|副行长`). */
const RANK = /(?:副|总|执行|常务|首席)+$/;
const NAME_TOKEN = /^[\p{Script=Han}A-Za-z0-9·&]+$/u;
/** `本赛季`, `首轮`, `一战`: a time or an occasion, never part of the name next to it. */
const OCCASION = /(?:赛季|季度|年度|轮|战|届)$/;

/** The name ending at `end`: name words to the left until punctuation or a stop word (at most 8 characters). */
function nameBefore(scan: TextScan, end: number): number {
  let i = end;
  while (i > 0 && end - i < 8) {
    const ws = wordStartBefore(scan.words, i);
    const w = scan.text.slice(ws, i);
    if (!NAME_TOKEN.test(w) || STOP_WORDS.has(w) || PARTICLES.has(w) || OCCASION.test(w)) break;
    i = ws;
  }
  return i;
}

/** The name starting at `start`: name words to the right until punctuation, a particle or a stop word. */
function nameAfter(scan: TextScan, start: number): number {
  let i = start;
  let singles = 0;
  while (i < scan.text.length && i - start < 8) {
    const we = wordEndAfter(scan.words, i);
    const w = scan.text.slice(i, we);
    if (
      !NAME_TOKEN.test(w) ||
      STOP_WORDS.has(w) ||
      PARTICLES.has(w) ||
      AFTER.includes(w) ||
      REPORTS.test(w) ||
      OCCASION.test(w)
    )
      break;
    // `奥|林|匹|亚|科|斯|举国`: a dictionary word after characters it did not know begins the next phrase.
    if (singles >= 2 && w.length >= 2) break;
    singles = w.length === 1 ? singles + 1 : 0;
    i = we;
  }
  return i;
}

/** A plausible organisation name: name-like (trade-names.ts `brandish`), not a title, not a common abbreviation. */
function orgLike(scan: TextScan, s: number, e: number, side = false): boolean {
  const name = scan.text.slice(s, e);
  if (e - s < 2 || /^[a-z]/.test(name) || COMMON_ACRONYMS.has(name.toUpperCase())) return false;
  if (/^[A-Z]{2,3}$/.test(name)) return true;
  if (TITLE_ENDINGS.some((t) => name.endsWith(t)) || OCCASION.test(name)) return false;
  if (GENERIC_WORDS.has(name) || wordsOf(scan, s, e).every((w) => GENERIC_WORDS.has(w)))
    return false;
  if (side)
    return e - s <= 8 && !wordsOf(scan, s, e).some((w) => STOP_WORDS.has(w) || PARTICLES.has(w));
  return brandish(scan, s, e);
}

const wordsOf = (scan: TextScan, s: number, e: number) =>
  wordsIn(scan.words, s, e).map(([a, b]) => scan.text.slice(a, b));
/** `A vs B`, `A VS B`: the two sides of a match. */
const VERSUS = /\s*(?:vs|VS|Vs)\.?\s*/g;

export function findCuedNames(
  scan: TextScan,
  taken: Array<{ start: number; end: number }>,
  people: PersonHit[],
): NameHit[] {
  const text = scan.text;
  const out: NameHit[] = [];
  const cover = new Coverage(text.length, [...taken, ...people]);
  const add = (s: number, e: number, context: string) => {
    if (!orgLike(scan, s, e, context === 'side') || cover.overlaps(s, e)) return;
    const name = text.slice(s, e);
    out.push({
      kind: 'institution',
      subtype: 'other',
      start: s,
      end: e,
      head: '',
      name,
      latin: /^[A-Za-z]/.test(name),
      context,
    });
    cover.add(s, e);
  };
  for (let i = 1; i < text.length; i++) {
    const cue = AFTER.find((a) => text.startsWith(a, i));
    if (cue) {
      // `腾讯的股价`: one `的` may stand between a name and its attribute.
      const at = text[i - 1] === '的' ? i - 1 : i;
      const end = at - (RANK.exec(text.slice(Math.max(0, at - 4), at))?.[0].length ?? 0);
      const s = nameBefore(scan, end);
      if (s < end && (s === 0 || !/[A-Za-z0-9]/.test(text[s - 1]!))) add(s, end, 'attribute');
    }
  }
  for (let i = 0; i < text.length;) {
    const we = wordEndAfter(scan.words, i);
    if (BEFORE.test(text.slice(i, we))) {
      const e = nameAfter(scan, we);
      if (e > we && (text.slice(i, we) !== '据' || REPORTS.test(text.slice(e, e + 2))))
        add(we, e, 'object');
    }
    i = we;
  }
  for (const m of text.matchAll(VERSUS)) {
    const before = m.index;
    const after = m.index + m[0].length;
    if (/[A-Za-z]/.test(text[before - 1] ?? '') || /[A-Za-z]/.test(text[after] ?? '')) continue;
    // `03.不来梅vs…`: a list number is not part of the side's name.
    const digits = (from: number) =>
      from + (/^[0-9]+[.、]?/.exec(text.slice(from))?.[0].length ?? 0);
    add(digits(nameBefore(scan, before)), before, 'side');
    add(digits(after), nameAfter(scan, after), 'side');
  }
  // `中国平安(601318)`: a six-digit stock code after a name.
  for (const m of text.matchAll(/[（(](?:[0-9]{6}|[0-9]{4,5}\.HK)(?:\.S[HZ])?[）)]/gi))
    add(nameBefore(scan, m.index), m.index, 'stock-code');
  return out;
}
