import { isHan } from '../lib/chinese';
import {
  CONJUNCTIONS,
  DOMAIN_WORDS,
  GENERIC_LEADS,
  MEASURES,
  PARTICLES,
  STOP_WORDS,
} from './lexicon/words';
import { isBoundary, wordEndAfter, wordStartBefore, type Words } from './segment';

/** What the left walk needs to know about a text besides its words. */
export interface SpanText {
  text: string;
  words: Words;
  /** End of a place name (region, zone, country, national prefix) that starts at `pos`, or -1. */
  placeEnd(pos: number): number;
  /** Start of a place name that ends at `pos` (it may span several words: `长|三角`), or -1. */
  placeStartBefore(pos: number): number;
  /** True when a complete institution or collaboration name ends at `pos` (`…管委会|与`). */
  nameEndsAt(pos: number): boolean;
}

const MAX_NAME = 30;
const VERB_NOUNS = new Set(['建设', '开发', '管理', '发展', '投资', '运营', '促进', '服务']);
const NUMERAL = /^[0-9０-９一二三四五六七八九十百千万两几]+$/;
const COUNTED = /^[0-9０-９一二三四五六七八九十百千万两几多数]+[家个所名位项批座支届]$/;
const NAME_TOKEN = /^[\p{Script=Han}A-Za-z0-9０-９·&]+$/u;

/**
 * Start of a Chinese name whose head begins at `headStart`: walk left word by word (Intl.Segmenter)
 * over name words, through a short parenthesised part (`网络(北京)有限公司`), and stop at
 * punctuation, a stop word (verb, particle, pronoun, time word, title; also one the segmenter split,
 * `共|建`) or a number with its measure word (`10家`). A name that opens with a place is complete:
 * the walk goes on left only through more places (`上海市|普陀区`), `附属` (`…大学附属北京…医院`) or a
 * brand (`迈瑞医疗|西安研究院`), so `建设济宁…中心` stops at 济宁. A conjunction (及/和/与) is crossed
 * only when the longer name then opens with a place and the part before it is not a complete name
 * (`沈阳市母婴医疗及护理服务…联盟`, `上海市经济和信息化委员会`, but `A管委会与B医院`). Leading
 * descriptors and dates are trimmed.
 */
export function extendLeftZh(t: SpanText, headStart: number, maxName = MAX_NAME): number {
  const { text, words } = t;
  let i = isBoundary(words, headStart) ? headStart : wordStartBefore(words, headStart);
  while (i > 0 && headStart - i < maxName) {
    const place = t.placeStartBefore(i);
    if (place >= 0) {
      i = place;
      continue;
    }
    // `市委|市政府`: a new name of the article's own place starts here.
    if (i < headStart && /[市区县省]/.test(text[i]!) && t.nameEndsAt(i)) break;
    const ws = wordStartBefore(words, i);
    const w = text.slice(ws, i);
    if (w === ')' || w === '）') {
      const open = Math.max(text.lastIndexOf('(', i - 1), text.lastIndexOf('（', i - 1));
      if (open > 0 && i - open <= 8 && isHan(text[open - 1]!)) {
        i = open;
        continue;
      }
      break;
    }
    if (CONJUNCTIONS.has(w) && w !== '、') {
      if (t.nameEndsAt(ws)) break;
      const further = extendLeftZh(t, ws);
      // `住房和城乡建设部`, `文化和旅游局`: one government field written with `和`.
      const field = isDomainField(text.slice(further, headStart));
      if (further < ws && (t.placeEnd(further) > further || field)) i = further;
      break;
    }
    if (!NAME_TOKEN.test(w) || stopPhraseEndsAt(t, i)) break;
    // `三家`, `10家`: a count ends a name; `vs`: lower-case Latin is running text, not a name.
    if (COUNTED.test(w) || /^[a-z]/.test(w)) break;
    if (STOP_WORDS.has(w) && !insideUnknownName(t, ws, i, headStart)) break;
    if (onlyParticles(w) || CLAUSE_WORD.test(w)) break;
    // `建设`, `促进`: verbs before a name that opens with a place (`建设济宁…中心`), else words of it (`中国建设银行`).
    if (
      VERB_NOUNS.has(w) &&
      (t.placeEnd(i) > i ||
        /^(?:高水平|一流|国际一流|世界一流|高质量|新型|现代化)/.test(text.slice(i, i + 5)))
    )
      break;
    if (MEASURES.has(w) && ws > 0) {
      const before = text.slice(wordStartBefore(words, ws), ws);
      if (NUMERAL.test(before)) break;
    }
    if (NUMERAL.test(w) && !text.endsWith('第', ws)) {
      const after = text.slice(i, i + 1);
      if (MEASURES.has(after) || i !== headStart) break;
    }
    // `交通银行|深圳分行`, `…大学附属|北京…医院`: a place after a parent's name continues it.
    if (i < headStart && t.placeEnd(i) > i && w !== '附属' && !t.nameEndsAt(i)) {
      i = brandBefore(t, i);
      break;
    }
    i = ws;
  }
  return trimLeads(text, i, headStart);
}

/** Words the segmenter joined with a particle, a pronoun or a passive mark (`办的`, `他有`, `被人`): running text. */
const CLAUSE_WORD = /^\p{Script=Han}?[的了着]$|^[他她它我你被把让使]\p{Script=Han}$/u;

function onlyParticles(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (!PARTICLES.has(w[k]!)) return false;
  return true;
}

/** `住房和城乡建设` before a department head: a field joined by `和`, not two names. */
function isDomainField(text: string): boolean {
  return (
    /^[\p{Script=Han}]{2,8}[和与][\p{Script=Han}]{2,8}$/u.test(text) && GOV_FIELD_WORD.test(text)
  );
}
const GOV_FIELD_WORD =
  /住房|城乡|建设|国土|资源|房屋|文化|旅游|经济|信息化|发展|改革|人力|社会保障|生态|环境|交通|运输|规划|自然/;

/** A stop phrase the segmenter split into characters (`共|建`, `签|约`) ends at `i`. */
function stopPhraseEndsAt(t: SpanText, i: number): boolean {
  for (let len = 2; len <= 4 && len <= i; len++)
    if (STOP_WORDS.has(t.text.slice(i - len, i)) && isBoundary(t.words, i - len)) return true;
  return false;
}

/**
 * Before a place that opens a name, a brand of characters the dictionary does not know, with
 * perhaps a domain word (`迈|瑞|医疗|西安研究院`), belongs to the name; anything else does not.
 */
function brandBefore(t: SpanText, place: number): number {
  let i = place;
  let domain = 0;
  let singles = 0;
  while (i > 0) {
    const ws = wordStartBefore(t.words, i);
    const w = t.text.slice(ws, i);
    if (!singles && domain < 2 && DOMAIN_WORDS.has(w)) domain++;
    else if (w.length === 1 && isHan(w) && !PARTICLES.has(w) && !CONJUNCTIONS.has(w)) singles++;
    else break;
    i = ws;
  }
  const left = t.text.slice(wordStartBefore(t.words, i), i);
  const closed = i === 0 || !NAME_TOKEN.test(left) || STOP_WORDS.has(left) || PARTICLES.has(left);
  return (singles >= 2 && closed) || singles >= 3 ? i : place;
}

/** Function words that are in no name, however unknown the characters around them (`但|美|联银行`, `不同|而|愤|然|离|队`). */
const NEVER_OPENS = new Set(
  '但而且并又也还就才都却则再已曾将被把让使当没不未非据该此其各每某这那既即若虽'.split(''),
);

/**
 * A weak one-character stop word (`因`, `正`, `于`) between name characters the dictionary did not
 * join is part of an unknown name (`美德|因|妇|儿医院`); particles (`的`, `在`, `和`) never are.
 */
function insideUnknownName(t: SpanText, ws: number, i: number, headStart: number): boolean {
  const w = t.text.slice(ws, i);
  if (w.length !== 1 || PARTICLES.has(w) || NEVER_OPENS.has(w)) return false;
  const right = i < headStart && wordEndAfter(t.words, i) - i === 1;
  // At a name's start (`、同|济|医院`) a single character may open an unknown name, unless a place
  // or the article's own `市` follows (`到|市…局`).
  const opens = right && !/[市区县省州]/.test(t.text[i]!) && !(t.placeEnd(i) > i);
  if (ws === 0) return opens;
  const left = t.text.slice(wordStartBefore(t.words, ws), ws);
  if (!NAME_TOKEN.test(left)) return opens;
  if (STOP_WORDS.has(left)) return false;
  return right || left.length === 1 || i === headStart;
}

/** Drops leading descriptors (`知名`, `该`, `三甲`) and dates (`2021年度`) from a name's start. */
function trimLeads(text: string, start: number, headStart: number): number {
  for (let changed = true; changed;) {
    changed = false;
    const date = /^\d+(?:年度?|月|日)?/.exec(text.slice(start, headStart));
    if (date && date[0].length > 0) {
      start += date[0].length;
      changed = true;
    }
    if (text[start] === '·') {
      start++;
      changed = true;
    }
    const lead = GENERIC_LEADS.find(
      (g) => text.startsWith(g, start) && start + g.length < headStart,
    );
    if (lead) {
      start += lead.length;
      changed = true;
    }
  }
  return start;
}

/** Titles, honorifics and sentence-opening verbs: an English name never runs left through them. */
const TITLE_WORDS =
  /^(?:Mr|Mrs|Ms|Dr|Prof|President|Vice|Deputy|Secretary|Secretary-General|Director|Chairman|Chairwoman|Chair|Dean|Chief|Head|Leader|Professor|Minister|Mayor|General)\.?$/i;
const VERBS =
  /^(?:Sign|Signs|Signed|Signing|Establish|Established|Launch|Launched|Join|Joined|Hold|Held|Attend|Attended|Build|Built|Set|Founded|Formally|At|In|On|By|From|With|As|And|For|Of|To|Mr|Ms|Mrs)$/;
/** Last words of names: `X Association and Y Association` is two names, so no connector is crossed after one. */
const NAME_ENDINGS =
  /^(?:Association|Associations|Society|Institute|Hospital|University|College|Bureau|Commission|Committee|Alliance|Center|Centre|Group|Company|Government|Ltd\.?|Academy|Park|Department|Ministry|Federation|Foundation|Council)$/;
/** `director of (the) …`: what follows up to the head is the name, whatever its case (machine translations). */
const TITLE_OF =
  /\b(?:director|president|secretary[- ]general|chairman|chair|dean|head|chief|member|leader|minister|officials?|staff|representatives?)(?:\s+of\s+(?:the\s+)?|,\s+(?=[A-Z]))/gi;

/**
 * Start of an English name ending at `pos`: capitalised words joined by `of`/`and`/`for`/`&`, never
 * through a title word or `The`. With `lower`, agreement adjectives in lower case count too. After
 * `director of (the)`, lower-case words and commas up to the head belong to the name.
 */
export function extendLeftEn(text: string, pos: number, lower?: Set<string>): number {
  let i = pos;
  let start = pos;
  while (pos - i < 120) {
    const m = /(\S+)(\s+)$/.exec(text.slice(Math.max(0, i - 60), i));
    if (!m) break;
    const word = m[1]!;
    if (/[,;:"“”()!?]$/.test(word) || (/\.$/.test(word) && !/^(?:Co|Ltd|St)\.$/.test(word))) break;
    if (/^the$/i.test(word) || TITLE_WORDS.test(word) || VERBS.test(word)) break;
    const at = i - m[0].length;
    if (/^[A-Z0-9]/.test(word) || lower?.has(word.toLowerCase())) {
      i = at;
      start = at;
      continue;
    }
    if (/^(?:of|and|for|&)$/.test(word) && start < pos) {
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
      if (NAME_ENDINGS.test(before.replace(/[,;]$/, ''))) break;
      i = at;
      continue;
    }
    break;
  }
  const from = Math.max(0, start - 160);
  let lastOf = -1;
  for (const m of text.slice(from, start).matchAll(TITLE_OF)) lastOf = from + m.index + m[0].length;
  if (lastOf >= 0 && /^(?:[A-Za-z][\w'’-]*,?\s+){0,6}$/.test(text.slice(lastOf, start)))
    return lastOf;
  return start;
}

/** End of an English name extended right over `of|for|on` + capitalised words (`Bureau of Chengdu High-tech Zone`). */
export function extendRightEn(text: string, end: number): number {
  const m =
    /^\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w’'-]*)*/.exec(
      text.slice(end, end + 160),
    );
  return m ? end + m[0].length : end;
}
