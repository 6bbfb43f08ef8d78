import * as OpenCC from 'opencc-js';

/**
 * Traditional → Simplified for matching, search keys and language statistics. `tw → cn` is used
 * because it reads both Taiwan and Hong Kong forms and turns 著 into 着 where Mainland text has it;
 * on the seeds it differs from `hk → cn` only there. `twp → cn` (Taiwan phrases) is not used: it
 * does not map 品質 back to 质量, and it rewrites Mainland words that only look Taiwanese
 * (整合 → 集成, 执行 → 运行, 智慧医疗 → 智能医疗, 资料 → 数据); see the README's decisions.
 */
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

export const toSimplifiedRaw = (text: string): string => twToCn(text);
export const toTraditionalRaw = (text: string): string => cnToTw(text);

/** A Simplified phrase mapped to another of the same length on the match text (`品质发展` → `质量发展`). */
export interface MatchPhrase {
  from: string;
  to: string;
}

/** Runs of word characters and runs of separators: OpenCC phrases never cross a separator. */
const CHUNK = /[^\s，。、；：！？,.;:!?（）()“”"《》]+|[\s，。、；：！？,.;:!?（）()“”"《》]+/g;

/** OpenCC output of the same UTF-16 length: chunk by chunk, then code point by code point. */
function convertKeepingLength(text: string): string {
  const whole = twToCn(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const [chunk] of text.matchAll(CHUNK)) {
    const c = twToCn(chunk);
    if (c.length === chunk.length) {
      out += c;
      continue;
    }
    for (const ch of chunk) {
      const one = twToCn(ch);
      out += one.length === ch.length ? one : ch;
    }
  }
  return out;
}

/**
 * The Simplified match text of a string: what extraction, merging and search compare, never what
 * the reader shows. Its UTF-16 length always equals the input's, so offsets found in it are
 * offsets into the original. Three steps: curated variant characters one-for-one (`陜` → `陝`,
 * which OpenCC leaves alone), OpenCC `tw → cn` (a phrase rule that changes the length falls back
 * to per-character conversion for that stretch only), then curated equal-length phrases that a
 * converter rewrote by meaning (`高品質發展` on the CRI Big5 gateway is `高质量发展`).
 */
export function makeSimplifier(
  variants: ReadonlyMap<string, string>,
  phrases: ReadonlyArray<MatchPhrase> = [],
): (text: string) => string {
  const mapVariants = (text: string) => {
    if (variants.size === 0) return text;
    let out = '';
    for (const ch of text) {
      const v = variants.get(ch);
      out += v !== undefined && v.length === ch.length ? v : ch;
    }
    return out;
  };
  const usable = phrases.filter((p) => p.from.length === p.to.length && p.from.length > 0);
  const applyPhrases = (text: string) => {
    let out = text;
    for (const p of usable) if (out.includes(p.from)) out = out.split(p.from).join(p.to);
    return out;
  };
  return (text: string) => applyPhrases(convertKeepingLength(mapVariants(text)));
}

/** The match-text function of a run, from the curation tables (`char-variants`, `match-phrases`). */
export function makeMatchText(tables: {
  variants: ReadonlyMap<string, string>;
  matchPhrases?: ReadonlyArray<MatchPhrase>;
}): (text: string) => string {
  return makeSimplifier(tables.variants, tables.matchPhrases ?? []);
}

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string): boolean => HAN.test(ch);

/** Han characters and Latin letters in a text, for language and script decisions. */
export function scriptCounts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) latin++;
  }
  return { han, latin };
}
