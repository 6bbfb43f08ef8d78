import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { scriptCounts } from '../lib/chinese';
import { endsLikeSentence } from '../lib/text';

function isShortLine(text: string): boolean {
  const { han, latin } = scriptCounts(text);
  return han >= latin ? text.length <= 50 : text.length <= 300;
}

/**
 * Photo captions in plain-text scrapes: short lines that do not end like a sentence. When the
 * page indents its body paragraphs (most long lines start indented), an indented line is body
 * text, never a caption. HTML keeps its own `<figcaption>` markup and is left alone.
 */
export function markCaptions(doc: Doc, _ctx: Context): Doc {
  if (doc.format !== 'text' && doc.format !== 'front-matter-text') return doc;
  const long = doc.blocks.filter((b) => b.type === 'paragraph' && b.text.length >= 60);
  const indentsBody = long.length > 0 && long.filter((b) => b.indented).length / long.length >= 0.6;
  const blocks = doc.blocks.map((b): DraftBlock => {
    if (b.type !== 'paragraph' || endsLikeSentence(b.text) || !isShortLine(b.text)) return b;
    if (indentsBody && b.indented) return b;
    return { ...b, type: 'caption' };
  });
  return { ...doc, blocks };
}
