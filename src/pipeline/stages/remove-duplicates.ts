import type { Context } from '../context';
import type { Doc } from '../doc';
import { isBodyBlock, removeBlocks } from '../lib/blocks';
import { scriptCounts } from '../lib/chinese';

const key = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Sentences, Chinese and English (`. ` before a capital): over-splitting only adds keys. */
const SENTENCE_END = /(?<=[。！？；!?;])|(?<=\.)\s+(?=[A-Z“"])/;

/** Long enough that a repeat is the page's doing, not a phrase the author used twice. */
function isLong(text: string): boolean {
  const { han, latin } = scriptCounts(text);
  return han >= latin ? text.length >= 20 : text.length >= 60;
}

/**
 * A paragraph the page printed twice: a block that reads as body text (a long sentence) whose
 * whole text is an earlier paragraph, or one sentence of one (seed 004 repeats the second
 * sentence of a paragraph as a paragraph of its own). Short lines stay: two photos may share a
 * caption. Hash lookups only: linear.
 */
export function removeDuplicates(doc: Doc, _ctx: Context): Doc {
  const seen = new Set<string>();
  return removeBlocks(doc, (b) => {
    if (b.type === 'image' || b.type === 'caption') return null;
    const whole = key(b.text);
    if (isBodyBlock(b) && isLong(whole) && seen.has(whole))
      return { kind: 'duplicate', rule: 'repeated-paragraph' };
    seen.add(whole);
    for (const part of b.text.split(SENTENCE_END)) {
      const sentence = key(part);
      if (isLong(sentence)) seen.add(sentence);
    }
    return null;
  });
}
