import * as OpenCC from 'opencc-js';

/**
 * Traditional → Simplified for matching, search keys and language statistics. `tw → cn` is used
 * because it reads both Taiwan and Hong Kong forms and turns 著 into 着 where Mainland text has it;
 * on the seeds it differs from `hk → cn` only there.
 */
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

export const toSimplifiedRaw = (text: string): string => twToCn(text);
export const toTraditionalRaw = (text: string): string => cnToTw(text);

/**
 * A converter whose output has exactly the input's UTF-16 length, so offsets found in the
 * Simplified text are offsets into the original. Variant characters (a curated table: `陜` → `陝`)
 * are first mapped one-for-one; then OpenCC converts the whole text, and when a phrase rule
 * changed the length, each code point is converted alone and kept only when its length holds.
 */
export function makeSimplifier(variants: ReadonlyMap<string, string>): (text: string) => string {
  const mapVariants = (text: string) => {
    if (variants.size === 0) return text;
    let out = '';
    for (const ch of text) {
      const v = variants.get(ch);
      out += v !== undefined && v.length === ch.length ? v : ch;
    }
    return out;
  };
  return (text: string) => {
    const mapped = mapVariants(text);
    const whole = twToCn(mapped);
    if (whole.length === mapped.length) return whole;
    let out = '';
    for (const ch of mapped) {
      const c = twToCn(ch);
      out += c.length === ch.length ? c : ch;
    }
    return out;
  };
}

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string): boolean => HAN.test(ch);

/** Han characters and Latin letters in a text, for language and script decisions. */
export function scriptCounts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return { han, latin };
}
