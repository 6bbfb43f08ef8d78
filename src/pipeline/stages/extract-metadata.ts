import type { PartialDate, Removal } from '../../domain';
import type { Context } from '../context';
import type { Doc, DraftBlock, StatedValue } from '../doc';
import { isBodyBlock } from '../lib/blocks';
import {
  copyrightOwner,
  parseAccountLine,
  parseByline,
  parseDateLine,
  parseReporterLine,
  siteFromTitle,
  splitTrailingCredit,
  type Byline,
} from '../lib/byline';
import { scriptCounts } from '../lib/chinese';
import { parseStatedDate } from '../lib/dates';
import { stripInlineMarkup } from '../lib/markup';
import { normaliseSpace } from '../lib/text';
import { httpUrl } from '../lib/urls';

export { parseByline } from '../lib/byline';

function frontMatterString(fm: Record<string, unknown>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = fm[k];
    const text = typeof v === 'string' ? normaliseSpace(stripInlineMarkup(v)) : '';
    if (text) return text;
  }
  return null;
}

const stated = (name: string | null | undefined): StatedValue | null =>
  name ? { name, basis: 'stated' } : null;

/**
 * The publisher when no byline states one (basis `inferred`): the owner a removed copyright line
 * names, else the site name of the page (`og:site_name`, or the end of `<title>`).
 */
function inferredPublisher(doc: Doc): StatedValue | null {
  for (const r of doc.removed) {
    const owner = r.kind === 'copyright' ? copyrightOwner(r.text) : null;
    if (owner) return { name: owner, basis: 'inferred' };
  }
  const site = doc.pageMeta.siteName ?? (doc.pageMeta.title && siteFromTitle(doc.pageMeta.title));
  return site ? { name: site, basis: 'inferred' } : null;
}

/** A time without a zone on a Chinese page is most likely Beijing time; say so, never assume it. */
function zoneNote(date: PartialDate, doc: Doc): PartialDate {
  if (!date.note?.includes('without a zone')) return date;
  const sample = [doc.title ?? '', ...doc.blocks.slice(0, 8).map((b) => b.text)].join('');
  const { han, latin } = scriptCounts(sample);
  return han > latin
    ? { ...date, note: `${date.note}; a Chinese-language page, so probably UTC+08:00` }
    : date;
}

/**
 * Publisher, author, editors, publication date and source URL: front matter first, then byline
 * lines above the body and credit lines after it. A byline goes as `metadata`; a line of author
 * or editor credits, and a credit closing the last paragraph (`（责任编辑：X）`), go as `credit`.
 */
export function extractMetadata(doc: Doc, ctx: Context): Doc {
  const fm = doc.frontMatter;
  let publishedAt = doc.publishedAt;
  const fmDate = fm.date ?? fm.published ?? fm.pubDate;
  if (fmDate !== undefined) {
    const asStated = fmDate instanceof Date ? undefined : String(fmDate);
    const parsed = parseStatedDate(fmDate, asStated);
    if (parsed) publishedAt = parsed;
    else ctx.warn('date-unreadable', `front matter date "${String(fmDate)}" is not a date`);
  }
  let publisher = stated(frontMatterString(fm, 'publisher', 'source'));
  let author = stated(frontMatterString(fm, 'author'));
  const editors: string[] = [];
  const url = frontMatterString(fm, 'source_url', 'sourceUrl', 'original_url', 'link', 'url');
  const sourceUrl = (url && httpUrl(url)) ?? doc.pageMeta.url ?? null;

  const take = (b: Byline) => {
    if (b.publisher) publisher ??= stated(b.publisher);
    if (b.author) author ??= stated(b.author);
    for (const e of b.editors ?? []) if (!editors.includes(e)) editors.push(e);
    if (b.date && publishedAt.value === null) publishedAt = b.date;
  };
  const bodyStart = doc.blocks.findIndex(isBodyBlock);
  const bodyEnd = doc.blocks.findLastIndex(isBodyBlock);
  const blocks: DraftBlock[] = [];
  const removed: Removal[] = [];
  doc.blocks.forEach((b, i) => {
    // Bylines sit above the body; credits (`责任编辑：X`) close it.
    const head = bodyStart < 0 || i <= bodyStart;
    const tail = bodyEnd >= 0 && i > bodyEnd;
    if (b.type !== 'image' && (head || tail)) {
      const byline =
        parseByline(b.text) ??
        (head
          ? (parseAccountLine(b.text) ?? parseDateLine(b.text) ?? parseReporterLine(b.text))
          : null);
      if (byline) {
        take(byline);
        const credit = byline.creditOnly || (tail && !byline.date);
        removed.push({
          kind: credit ? 'credit' : 'metadata',
          rule: credit ? 'credit-line' : 'byline',
          text: b.text,
        });
        return;
      }
    }
    const split = b.type === 'paragraph' && i >= bodyEnd ? splitTrailingCredit(b.text) : null;
    if (split) {
      take(split.byline);
      removed.push({ kind: 'credit', rule: 'trailing-credit', text: split.credit });
      blocks.push({ ...b, text: split.body });
      return;
    }
    blocks.push(b);
  });
  // A page head's `article:published_time` when neither front matter nor a byline dates it.
  if (publishedAt.value === null && doc.pageMeta.published)
    publishedAt =
      parseStatedDate(doc.pageMeta.published, `meta: ${doc.pageMeta.published}`) ?? publishedAt;
  return {
    ...doc,
    blocks,
    removed: removed.length ? [...doc.removed, ...removed] : doc.removed,
    publishedAt: zoneNote(publishedAt, doc),
    publisher: publisher ?? inferredPublisher(doc),
    author,
    editor: stated(editors.join('、')),
    sourceUrl,
  };
}
