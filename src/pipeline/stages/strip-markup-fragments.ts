import type { Removal } from '../../domain';
import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { countedRemovals } from '../lib/blocks';
import { stripInlineMarkup } from '../lib/markup';
import { normaliseSpace } from '../lib/text';

/** CMS image file names left as text (`…_fororder_圖片1`). */
const IMAGE_NAME = /_fororder_\S*$|\.(?:jpe?g|png|gif|webp)$/i;

/**
 * Markup that survived as text (lib/markup.ts): entities (`&nbsp;`), comment ends (`-->`), stray
 * tags, script URLs, and image file-name lines. Alt texts are cleaned the same way.
 */
export function stripMarkupFragments(doc: Doc, _ctx: Context): Doc {
  const fragments: string[] = [];
  const removed: Removal[] = [];
  const blocks: DraftBlock[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'image') {
      const alt = block.alt ? normaliseSpace(stripInlineMarkup(block.alt, fragments)) : '';
      if (alt === (block.alt ?? '')) blocks.push(block);
      else {
        const image = { ...block };
        delete image.alt;
        blocks.push({ ...image, text: alt, ...(alt ? { alt } : {}) });
      }
      continue;
    }
    if (IMAGE_NAME.test(block.text) && block.text.length <= 80) {
      removed.push({ kind: 'markup', rule: 'image-file-name', text: block.text });
      continue;
    }
    const found: string[] = [];
    const text = normaliseSpace(stripInlineMarkup(block.text, found));
    if (!text) removed.push({ kind: 'markup', rule: 'markup-only-line', text: block.text });
    else {
      for (const f of found) fragments.push(f);
      blocks.push(text === block.text ? block : { ...block, text });
    }
  }
  // Decoded entities change a block without removing anything: compare the blocks too.
  if (removed.length === 0 && blocks.every((b, i) => b === doc.blocks[i])) return doc;
  return {
    ...doc,
    blocks,
    removed: [
      ...doc.removed,
      ...removed,
      ...countedRemovals(fragments, 'markup', 'markup-fragment'),
    ],
  };
}
