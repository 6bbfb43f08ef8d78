import type { Context } from '../context';
import type { Doc } from '../doc';
import { countedRemovals } from '../lib/blocks';
import { stripPinyin } from '../lib/pinyin';

/**
 * `區(qū)` → `區`: faulty Simplified→Traditional converters append the pinyin of characters they
 * changed. Runs before any matching, because artifacts split words (`發(fā)布時間`). One removal is
 * recorded per distinct artifact, with its count.
 */
export function removePinyinArtifacts(doc: Doc, ctx: Context): Doc {
  const found: string[] = [];
  const clean = (text: string) => {
    const r = stripPinyin(text);
    // A loop, not push(...): a 10 MB line can hold more artifacts than a call takes arguments.
    for (const f of r.found) found.push(f);
    return r.text;
  };
  const blocks = doc.blocks.map((b) => ({
    ...b,
    text: clean(b.text),
    ...(b.alt ? { alt: clean(b.alt) } : {}),
  }));
  const title = doc.title === null ? null : clean(doc.title);
  const fmTitle = doc.frontMatter.title;
  const frontMatter =
    typeof fmTitle === 'string' ? { ...doc.frontMatter, title: clean(fmTitle) } : doc.frontMatter;
  if (found.length === 0) return doc;
  ctx.count('pinyin-artifacts', found.length);
  return {
    ...doc,
    blocks,
    title,
    frontMatter,
    removed: [...doc.removed, ...countedRemovals(found, 'converter-artifact', 'pinyin-after-han')],
  };
}
