import { isHan } from '../lib/chinese';
import {
  AGREEMENT_WORDS_EN,
  COLLAB_SUFFIXES_ZH,
  CONJUNCTION_WORDS,
  CONJUNCTIONS,
  GENERIC_LEADS,
  INST_SUFFIXES_ZH,
  STOP_WORDS,
} from './lexicon';

const ENDINGS = [...COLLAB_SUFFIXES_ZH, ...INST_SUFFIXES_ZH].map(([s]) => s);

const MAX_NAME = 40;
const isNameChar = (ch: string) => isHan(ch) || /[A-Za-z0-9·]/.test(ch);

/**
 * Start of a Chinese name that ends where a suffix begins at `pos`: walk left over name
 * characters, through short parenthesised parts (`网络(北京)有限公司`), and stop at punctuation
 * or a stop word (verbs, particles). A conjunction (及/和/与) is crossed only when the longer name
 * then opens with a region (`沈阳市母婴医疗及护理服务…联盟`, `上海市经济和信息化委员会`); otherwise it
 * separates two names. Generic leading descriptors and dates are trimmed.
 */
export function extendLeftZh(
  text: string,
  pos: number,
  startsWithRegion: (name: string) => boolean,
): number {
  let i = pos;
  while (i > 0 && pos - i < MAX_NAME) {
    if (STOP_WORDS.some((w) => text.endsWith(w, i))) break;
    const ch = text[i - 1]!;
    // `和田生物医药联盟`, `协和医院`: a conjunction character inside a region name or a word is part of the name.
    const inWord = CONJUNCTION_WORDS.some((w) =>
      text.slice(Math.max(0, i - w.length), i + w.length - 1).includes(w),
    );
    if (CONJUNCTIONS.includes(ch) && !inWord && !startsWithRegion(text.slice(i - 1, pos))) {
      // `A医院与B公司`: the left side is a complete name, so the conjunction joins two names.
      if (ENDINGS.some((e) => text.endsWith(e, i - 1))) break;
      const further = extendLeftZh(text, i - 1, startsWithRegion);
      if (further < i - 1 && startsWithRegion(text.slice(further, pos))) i = further;
      break;
    }
    if (isNameChar(ch)) {
      i--;
      continue;
    }
    if (ch === ')' || ch === '）') {
      const open = Math.max(text.lastIndexOf('(', i - 1), text.lastIndexOf('（', i - 1));
      if (open > 0 && i - open <= 8 && isHan(text[open - 1]!)) {
        i = open;
        continue;
      }
    }
    break;
  }
  let start = i;
  for (let changed = true; changed;) {
    changed = false;
    const date = /^\d+(?:年度?|月|日)?/.exec(text.slice(start, pos));
    if (date && date[0].length > 0) {
      start += date[0].length;
      changed = true;
    }
    const lead = GENERIC_LEADS.find((g) => text.startsWith(g, start) && start + g.length <= pos);
    if (lead) {
      start += lead.length;
      changed = true;
    }
  }
  return start;
}

/** Titles, honorifics and sentence-opening verbs: a name never runs left through them (`Secretary-General of X`, `Sign …`). */
const TITLE_WORDS =
  /^(?:Mr|Mrs|Ms|Dr|Prof|President|Vice|Deputy|Secretary|Secretary-General|Director|Chairman|Chairwoman|Chair|Dean|Chief|Head|Leader|Professor|Minister|Mayor|General)\.?$/i;
const VERBS =
  /^(?:Sign|Signs|Signed|Signing|Establish|Established|Launch|Launched|Join|Joined|Hold|Held|Attend|Attended|Build|Built|Set|Founded|Formally)$/;
/** Last words of names: `X Association and Y Association` is two names, so no connector is crossed after one. */
const NAME_ENDINGS =
  /^(?:Association|Society|Institute|Hospital|University|College|Bureau|Commission|Committee|Alliance|Center|Centre|Group|Company|Government|Ltd\.?|Academy|Park)$/;

/**
 * Start of an English name ending at `pos`: capitalised words, joined by `of`/`and`/`for`/`&`,
 * never through a title word or `The`. With `lower`, agreement adjectives in lower case count too
 * (`a strategic cooperation agreement` → `strategic cooperation agreement`).
 */
export function extendLeftEn(text: string, pos: number, lower = false): number {
  let i = pos;
  let start = pos;
  while (pos - i < 120) {
    const m = /(\S+)(\s+)$/.exec(text.slice(Math.max(0, i - 60), i));
    if (!m) break;
    const word = m[1]!;
    if (/[,;:"“”()!?]$/.test(word) || (/\.$/.test(word) && !/^(?:Co|Ltd|St)\.$/.test(word))) break;
    if (/^the$/i.test(word) || TITLE_WORDS.test(word) || VERBS.test(word)) break;
    const at = i - m[0].length;
    if (/^[A-Z0-9]/.test(word) || (lower && AGREEMENT_WORDS_EN.has(word.toLowerCase()))) {
      i = at;
      start = at;
      continue;
    }
    if (/^(?:of|and|for|&)$/.test(word)) {
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
      if (NAME_ENDINGS.test(before.replace(/[,;]$/, ''))) break;
      i = at;
      continue;
    }
    break;
  }
  return start;
}

/** End of an English name extended right over `of|for|on` + capitalised words (`Bureau of Chengdu High-tech Zone`). */
export function extendRightEn(text: string, end: number): number {
  const m = /^\s+(?:of|for|on)\s+[A-Z][\w’'-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w’'-]*)*/.exec(
    text.slice(end, end + 160),
  );
  return m ? end + m[0].length : end;
}
