import { foldText } from './fold';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Light English stemming: enough that "alliances" finds "alliance"; never below 3 letters. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

/** Overlapping character bigrams of a Han run (a single character stands for itself). */
function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * The single tokenizer of the search index and of queries. Chinese: dictionary words from
 * Intl.Segmenter (same ICU data in Node and Chromium) plus overlapping bigrams, so that names no
 * dictionary knows (安纳金) still match by any two-character substring. Latin: lower-cased words,
 * lightly stemmed. Everything is folded first (NFKC, lower case, Simplified).
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text.length > 20_000 ? text.slice(0, 20_000) : text);
  const tokens = new Set<string>();
  for (const run of folded.match(HAN_RUN) ?? []) {
    for (const b of bigrams(run)) tokens.add(b);
    if (run.length > 2) {
      for (const { segment, isWordLike } of segmenter.segment(run)) {
        if (isWordLike && segment.length > 2) tokens.add(segment);
      }
    }
  }
  for (const word of folded.replace(HAN_RUN, ' ').match(LATIN_WORD) ?? []) {
    if (!HAN.test(word)) tokens.add(stem(word));
  }
  return [...tokens];
}

/** What a query asks for: every `all` term must match; `boost` terms only add to the score. */
export interface QueryGroup {
  all: string[];
  boost: string[];
}

/**
 * The query side of `tokenize`, the same tokens in two roles: per Han run, its overlapping
 * bigrams are required (a text containing the run contains them all, so recall is exact) and its
 * dictionary words only add score (the segmenter may split the same words differently inside a
 * sentence, so requiring them would lose matches); per Latin word, its stem. A single Han
 * character stays a term of its own (matched as a prefix).
 */
export function queryGroups(text: string): QueryGroup[] {
  const folded = foldText(text.length > 20_000 ? text.slice(0, 20_000) : text);
  const groups: QueryGroup[] = [];
  for (const run of folded.match(HAN_RUN) ?? []) {
    const chars = [...run];
    const all: string[] = [];
    if (chars.length === 1) all.push(run);
    for (let i = 0; i + 1 < chars.length; i++) all.push(chars[i]! + chars[i + 1]!);
    const boost: string[] = [];
    if (run.length > 2)
      for (const { segment, isWordLike } of segmenter.segment(run))
        if (isWordLike && segment.length > 2) boost.push(segment);
    groups.push({ all: [...new Set(all)], boost: [...new Set(boost)] });
  }
  for (const word of folded.replace(HAN_RUN, ' ').match(LATIN_WORD) ?? [])
    if (!HAN.test(word)) groups.push({ all: [stem(word)], boost: [] });
  return groups;
}
