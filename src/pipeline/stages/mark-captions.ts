import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { scriptCounts } from '../lib/chinese';
import { endsLikeSentence } from '../lib/text';

function isShortLine(text: string, max = 50): boolean {
  const { han, latin } = scriptCounts(text);
  return han >= latin ? text.length <= max : text.length <= 300;
}

/**
 * Names a photo: a photographer credit (`新华社记者 李明 摄`), a picture source (`（圖／…提供）`,
 * `图为…`), or a caption bullet (`▲`).
 */
const NAMES_PHOTO =
  /^[▲△▼]|^(图为|圖為|图片|圖片|Photo)|(摄|攝|摄影|攝影|供图|供圖)[）)]?$|[（(](图|圖|摄影|攝影|photo)\s*[／/:：]/i;

/**
 * Photo captions: short lines that name a photo (any format), and in plain-text scrapes short
 * lines that do not end like a sentence. In HTML, a short line right after an image that does
 * not read as a sentence is a caption too (`<figcaption>` is marked by html-to-blocks). When a
 * text page indents its body paragraphs (most long lines start indented), an indented line is
 * body text, never a caption.
 */
export function markCaptions(doc: Doc, _ctx: Context): Doc {
  const text = doc.format === 'text' || doc.format === 'front-matter-text';
  const long = doc.blocks.filter((b) => b.type === 'paragraph' && b.text.length >= 60);
  const indentsBody = long.length > 0 && long.filter((b) => b.indented).length / long.length >= 0.6;
  const blocks = doc.blocks.map((b, i): DraftBlock => {
    if (b.type !== 'paragraph' || (indentsBody && b.indented)) return b;
    if (NAMES_PHOTO.test(b.text) && isShortLine(b.text, 80)) return { ...b, type: 'caption' };
    if (endsLikeSentence(b.text) || !isShortLine(b.text)) return b;
    const afterImage = doc.blocks[i - 1]?.type === 'image';
    return text || afterImage ? { ...b, type: 'caption' } : b;
  });
  return { ...doc, blocks };
}
