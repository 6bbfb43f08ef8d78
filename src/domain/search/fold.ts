import { Converter } from 'opencc-js/t2cn';

// Traditional → Simplified, character by character: Taiwan and Hong Kong variants both fold
// (陝→陕, 産→产, 綫→线). Phrase-level conversion is not needed for matching.
const fromTw = Converter({ from: 'tw', to: 'cn' });
const fromHk = Converter({ from: 'hk', to: 'cn' });

/**
 * The one normalisation applied to indexed text and to queries alike: NFKC (full-width letters,
 * digits and punctuation to half-width), lower case, Traditional folded to Simplified.
 * Keeps the string's length only approximately; never use its offsets for display.
 */
export function foldText(text: string): string {
  return fromHk(fromTw(text.normalize('NFKC').toLowerCase()));
}
