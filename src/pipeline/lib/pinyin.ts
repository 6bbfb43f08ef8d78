import { pinyin } from 'pinyin-pro';

/**
 * Pinyin syllables with tone marks, as faulty Simplified→Traditional converters leave them after
 * a character: `區(qū)`, `產(chǎn)`. The rule is general: any Han character followed by one
 * parenthesised, tone-marked, well-formed pinyin syllable. Neutral-tone syllables carry no mark
 * (`著(zhe)`); those are removed only when they are a reading of the character before them, so
 * `人工智能(ai)` keeps its `(ai)`.
 */
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)$|^(?:ng|n|m|hm|hng)$/;

/** True when `text` is one pinyin syllable carrying a tone mark (or ü). */
export function isTonedSyllable(text: string): boolean {
  if (!TONED.test(text)) return false;
  const plain = text
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return SYLLABLE.test(plain);
}

/** An unmarked syllable that is one of the character's readings (`著` → zhu, zhuo, zhe). */
function isToneless(han: string, reading: string): boolean {
  if (!/^[a-zü]+$/.test(reading)) return false;
  return pinyin(han, { multiple: true, type: 'array', toneType: 'none', v: false }).includes(
    reading,
  );
}

/** A Han character, then `(`/`（`, a Latin word with precomposed tone marks, then `)`/`）`. */
export const PINYIN_AFTER_HAN =
  /(\p{Script=Han})[(（]([a-zA-Z\u00e0-\u00fc\u0101-\u01dc\u0144\u0148\u01f9\u1e3f]{1,7})[)）]/gu;

/** Removes pinyin artifacts; returns the cleaned text and each removed artifact (char + reading). */
export function stripPinyin(text: string): { text: string; found: string[] } {
  const found: string[] = [];
  const out = text.replace(PINYIN_AFTER_HAN, (whole: string, han: string, reading: string) => {
    if (!isTonedSyllable(reading) && !isToneless(han, reading)) return whole;
    found.push(whole);
    return han;
  });
  return { text: out, found };
}
