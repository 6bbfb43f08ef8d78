import type { Context } from '../context';
import type { Doc } from '../doc';

/** An article needs a title and some text left after cleaning; otherwise it is rejected, not shipped empty. */
export function checkBody(doc: Doc, ctx: Context): Doc {
  if (!doc.title) ctx.fail('no title');
  const text = doc.blocks.filter((b) => b.type !== 'image' && b.text.trim());
  if (text.length === 0) ctx.fail('no body text left after cleaning');
  if (!text.some((b) => b.type === 'paragraph'))
    ctx.warn('no-paragraphs', 'only headings/captions left after cleaning');
  return doc;
}
