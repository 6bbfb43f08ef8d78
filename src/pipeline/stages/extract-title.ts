import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { isBodyBlock, removeBlocks } from '../lib/blocks';
import { scriptCounts } from '../lib/chinese';
import { parseAccountLine, parseByline, parseDateLine, parseReporterLine } from '../lib/byline';
import { stripInlineMarkup } from '../lib/markup';
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
  if (isBylineLine(text)) return false;
  const { han, latin } = scriptCounts(text);
  if (han >= latin) return text.length >= 6 && text.length <= 80 && !/^.{0,60}[。]/.test(text);
  const words = text.split(/\s+/).length;
  return words >= 3 && text.length <= 300 && (!endsLikeSentence(text) || /[!?！？]$/.test(text));
}

const isBylineLine = (text: string) =>
  !!(parseByline(text) ?? parseDateLine(text) ?? parseAccountLine(text) ?? parseReporterLine(text));

/**
 * The headline among the blocks above the body: the last headline-like block that a byline
 * follows (a site or agency name above it, `四川省卫生健康委员会`, is chrome), else the first `<h1>`-
 * style heading, else the first headline-like block.
 */
function findHeadline(blocks: DraftBlock[]): number {
  const bodyStart = blocks.findIndex(isBodyBlock);
  const limit = bodyStart < 0 ? blocks.length : bodyStart + 1;
  const candidates: number[] = [];
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    if (b.type !== 'image' && isHeadlineLike(b.text)) candidates.push(i);
  }
  const bylined = candidates.filter((i) => {
    const next = blocks[i + 1];
    return next !== undefined && next.type !== 'image' && isBylineLine(next.text);
  });
  return (
    bylined[bylined.length - 1] ??
    candidates.find((i) => blocks[i]!.type === 'heading') ??
    candidates[0] ??
    -1
  );
}

/**
 * The title: front matter `title`, else the first headline-like block before the body starts.
 * Blocks above a found headline are page chrome (channel labels, section names) and go as
 * navigation; body blocks repeating the title go as duplicates.
 */
/** Titles from front matter or `<title>` are untrusted text like any other: no markup survives. */
const plain = (text: string) => normaliseSpace(stripInlineMarkup(text));

/** `Headline_频道_站名`, `Headline - Site`: the page title without its site suffix. */
function pageTitle(text: string): string {
  const head = text.split(/\s*(?:[_|｜]|\s[-–—]\s)\s*/)[0] ?? '';
  return head.length >= 6 ? head : text;
}

export function extractTitle(doc: Doc, ctx: Context): Doc {
  const fm = doc.frontMatter.title;
  if (typeof fm === 'string' && plain(fm)) {
    const title = plain(fm);
    const out = removeBlocks(doc, (b) =>
      b.type !== 'image' && b.text === title ? { kind: 'duplicate', rule: 'title-repeated' } : null,
    );
    return { ...out, title };
  }
  const at = findHeadline(doc.blocks);
  if (at < 0) {
    const fallback = doc.pageMeta.title && pageTitle(plain(doc.pageMeta.title));
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
