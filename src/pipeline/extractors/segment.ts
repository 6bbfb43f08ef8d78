/**
 * Word boundaries from `Intl.Segmenter` (ICU's dictionary; the same on Node and Chromium). A long
 * text is segmented in chunks cut after punctuation: V8's segmenter slows down quadratically on one
 * long string (100 KB took 13 s), chunks of a few hundred characters keep it linear.
 */
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const CHUNK = 300;
const CUT_AFTER = /[\s。！？；，、,.;!?：:）)」』”"]/;

export interface Words {
  readonly text: string;
  /** 1 where a word starts (and at the text's end). */
  readonly boundary: Uint8Array;
}

export function segmentWords(text: string): Words {
  const boundary = new Uint8Array(text.length + 1);
  boundary[0] = 1;
  boundary[text.length] = 1;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      for (let i = end; i > start + CHUNK / 2; i--)
        if (CUT_AFTER.test(text[i - 1]!)) {
          end = i;
          break;
        }
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
    }
    for (const s of SEGMENTER.segment(text.slice(start, end))) boundary[start + s.index] = 1;
    boundary[end] = 1;
    start = end;
  }
  return { text, boundary };
}

export const isBoundary = (w: Words, i: number): boolean => w.boundary[i] === 1;

/** Start of the word that ends at `end` (the previous boundary). */
export function wordStartBefore(w: Words, end: number): number {
  let i = end - 1;
  while (i > 0 && w.boundary[i] !== 1) i--;
  return Math.max(0, i);
}

/** End of the word that starts at `start` (the next boundary). */
export function wordEndAfter(w: Words, start: number): number {
  let i = start + 1;
  while (i < w.text.length && w.boundary[i] !== 1) i++;
  return Math.min(i, w.text.length);
}

/** The words of `[from, to)`, as `[start, end)` pairs. */
export function wordsIn(w: Words, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = from;
  for (let i = from + 1; i <= to; i++)
    if (w.boundary[i] === 1 || i === to) {
      out.push([s, i]);
      s = i;
    }
  return out;
}
