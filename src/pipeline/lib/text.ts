/** Plain-text helpers shared by stages and extractors. */

/** NBSP, ideographic and other exotic spaces become ASCII spaces; runs collapse; ends trimmed. */
export function normaliseSpace(text: string): string {
  return text
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Sentence spans `[start, end)` of a text: split after 。！？；!?; and before line breaks. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /[^。！？；!?;\n]+(?:[。！？；!?;]+[”"’』」)）]*)?|[。！？；!?;]+/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].trim()) spans.push([start, end]);
  }
  return spans;
}

/** Clause spans inside a sentence: split at commas (full-width and ASCII) and enumeration colons. */
export function clauseSpans(text: string, from = 0, to = text.length): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (/[，,；;：:]/.test(text[i]!)) {
      if (i > start) spans.push([start, i]);
      start = i + 1;
    }
  }
  if (to > start) spans.push([start, to]);
  return spans;
}

/** Ends with sentence-final punctuation (allowing closing quotes/brackets after it). */
export function endsLikeSentence(text: string): boolean {
  return /[。！？!?.…；;][”"’』」)）]*$/.test(text.trim());
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A block that reads as article body: a full sentence of some length (30+ characters of Chinese,
 * 80+ of Latin script). Headlines, captions, labels and footer lines are not.
 */
export function isBodyText(text: string): boolean {
  if (!endsLikeSentence(text)) return false;
  const latin = (text.match(/[A-Za-z]/g)?.length ?? 0) > text.length / 2;
  return text.length >= (latin ? 80 : 30);
}
