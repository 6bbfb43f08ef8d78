import type { Context } from '../context';
import type { Doc } from '../doc';

/** More blocks than any article has (a long report has a few hundred): a dump, not a page. */
export const MAX_BLOCKS = 20_000;
/** Longer than any paragraph a person writes; kept, but worth a look. */
const LONG_BLOCK = 50_000;

/**
 * Bounds the work of every later stage: a file that splits into more than 20 000 blocks is
 * rejected with its count; a block longer than 50 000 characters (a page flattened into one
 * line) is kept with a warning.
 */
export function checkSize(doc: Doc, ctx: Context): Doc {
  if (doc.blocks.length > MAX_BLOCKS)
    ctx.fail(`${doc.blocks.length} blocks: more than ${MAX_BLOCKS}, not an article page`);
  const longest = doc.blocks.reduce((n, b) => Math.max(n, b.text.length), 0);
  if (longest > LONG_BLOCK)
    ctx.warn(
      'block-very-long',
      `a block of ${longest} characters (a page flattened into one line?)`,
    );
  return doc;
}
