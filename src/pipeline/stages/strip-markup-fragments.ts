import type { Removal } from '../../domain';
import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { countedRemovals } from '../lib/blocks';
import { normaliseSpace } from '../lib/text';

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  mdash: '—',
  hellip: '…',
};
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const TAG = /<\/?[a-z][^<>]*>|<!--|-->|<\/?[a-z][a-z0-9]*(?=\s|$)[^<>]*$/gi;
/** CMS image file names left as text (`…_fororder_圖片1`). */
const IMAGE_NAME = /_fororder_\S*$|\.(?:jpe?g|png|gif|webp)$/i;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Markup that survived as text: entities (`&nbsp;`), comment ends (`-->`), stray tags, and
 * image file-name lines. Entities are decoded before tags are stripped, so an escaped
 * `&lt;script&gt;` cannot come back as a tag.
 */
export function stripMarkupFragments(doc: Doc, _ctx: Context): Doc {
  const fragments: string[] = [];
  const removed: Removal[] = [];
  const blocks: DraftBlock[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'image') {
      blocks.push(block);
      continue;
    }
    if (IMAGE_NAME.test(block.text) && block.text.length <= 80) {
      removed.push({ kind: 'markup', rule: 'image-file-name', text: block.text });
      continue;
    }
    const found: string[] = [];
    const text = normaliseSpace(
      decodeEntities(block.text).replace(TAG, (t) => {
        found.push(t.trim());
        return ' ';
      }),
    );
    if (!text) removed.push({ kind: 'markup', rule: 'markup-only-line', text: block.text });
    else {
      fragments.push(...found);
      blocks.push(text === block.text ? block : { ...block, text });
    }
  }
  if (removed.length === 0 && fragments.length === 0) return doc;
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
