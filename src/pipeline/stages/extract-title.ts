import type { Context } from '../context';
import type { Doc } from '../doc';
import { isBodyBlock, removeBlocks } from '../lib/blocks';
import { scriptCounts } from '../lib/chinese';
import { endsLikeSentence, normaliseSpace } from '../lib/text';

const BYLINE_LABEL =
  /(?:來源|来源|Source|作者|Author|編輯|编辑|發布時間|发布时间|Addtime)\s*[:：]/i;

/**
 * Reads as a headline: long enough to say something (a lone channel label like `上海` or
 * `新聞中心` is not), short enough not to be a paragraph, no breadcrumb or list separators, no
 * byline labels, and not ending like a body sentence (。 or a colon).
 */
export function isHeadlineLike(text: string): boolean {
  if (/[>＞|｜]/.test(text) || BYLINE_LABEL.test(text) || /[。：:]$/.test(text)) return false;
  const { han, latin } = scriptCounts(text);
  if (han >= latin) return text.length >= 6 && text.length <= 80 && !/^.{0,60}[。]/.test(text);
  const words = text.split(/\s+/).length;
  return words >= 3 && text.length <= 300 && (!endsLikeSentence(text) || /[!?！？]$/.test(text));
}

/**
 * The title: front matter `title`, else the first headline-like block before the body starts.
 * Blocks above a found headline are page chrome (channel labels, section names) and go as
 * navigation; body blocks repeating the title go as duplicates.
 */
export function extractTitle(doc: Doc, ctx: Context): Doc {
  const fm = doc.frontMatter.title;
  if (typeof fm === 'string' && normaliseSpace(fm)) {
    const title = normaliseSpace(fm);
    const out = removeBlocks(doc, (b) =>
      b.type !== 'image' && b.text === title ? { kind: 'duplicate', rule: 'title-repeated' } : null,
    );
    return { ...out, title };
  }
  const bodyStart = doc.blocks.findIndex(isBodyBlock);
  const limit = bodyStart < 0 ? doc.blocks.length : bodyStart + 1;
  const at = doc.blocks
    .slice(0, limit)
    .findIndex((b) => b.type !== 'image' && isHeadlineLike(b.text));
  if (at < 0) {
    const fallback = doc.pageMeta.title;
    if (fallback) return { ...doc, title: fallback };
    ctx.fail('no headline found');
  }
  const title = doc.blocks[at]!.text;
  const out = removeBlocks(doc, (b, i) => {
    if (i < at) return { kind: 'navigation', rule: 'above-title' };
    if (i === at) return { kind: 'metadata', rule: 'title-line' };
    return b.type !== 'image' && b.text === title
      ? { kind: 'duplicate', rule: 'title-repeated' }
      : null;
  });
  return { ...out, title };
}
