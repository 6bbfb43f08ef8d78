import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { normaliseSpace } from '../lib/text';

/** List bullets scraped pages keep in front of a line (`• 總院區:…`). */
const BULLET = /^[•●▪◦・]\s*/;

/**
 * Plain text → one paragraph block per non-empty line. Whitespace-only lines (spaces, NBSP left
 * where images were) are layout, not content. The indent is remembered: scraped pages indent
 * body paragraphs and not captions, which mark-captions uses.
 */
export function textToBlocks(doc: Doc, _ctx: Context): Doc {
  if (doc.format !== 'text' && doc.format !== 'front-matter-text') return doc;
  const blocks: DraftBlock[] = [];
  for (const line of doc.body.split('\n')) {
    const text = normaliseSpace(line).replace(BULLET, '');
    if (!text) continue;
    blocks.push({ type: 'paragraph', text, indented: /^[\s\u00a0\u3000]/.test(line) });
  }
  return { ...doc, blocks: [...doc.blocks, ...blocks] };
}
