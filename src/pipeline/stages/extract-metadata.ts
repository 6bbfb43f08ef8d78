import type { PartialDate } from '../../domain';
import type { Context } from '../context';
import type { Doc, StatedValue } from '../doc';
import { isBodyBlock, removeBlocks } from '../lib/blocks';
import { parseStatedDate } from '../lib/dates';
import { normaliseSpace } from '../lib/text';
import { httpUrl } from '../lib/urls';

type Field = 'publisher' | 'author' | 'date' | 'other';
const LABELS: Array<[Field, string]> = [
  ['publisher', '來源|来源|出處|出处|Source'],
  ['author', '責任編輯|责任编辑|責編|责编|編輯|编辑|作者|記者|记者|Author|Editor|Reporter'],
  [
    'date',
    '發布時間|发布时间|發佈時間|發表時間|发表时间|更新時間|更新时间|時間|时间|日期|Addtime|Published|Date',
  ],
  ['other', '瀏覽|浏览|點擊|点击|閱讀|阅读|訪問|访问|字號|字号|Views?|Hits|Clicks'],
];
/** A label, an optional counter word (`浏览次数`), then a colon. */
const LABEL = new RegExp(
  `(${LABELS.map(([, l]) => l).join('|')})(?:次數|次数|量|數|数)?\\s*[:：]\\s*`,
  'gi',
);
const fieldOf = (label: string): Field =>
  LABELS.find(([, l]) => new RegExp(`^(?:${l})$`, 'i').test(label))?.[0] ?? 'other';

export interface Byline {
  publisher?: string;
  author?: string;
  date?: PartialDate;
}

/**
 * A byline: labelled fields (`來源:X發布時間:2022-05-26瀏覽:`, `Author:X  Addtime:2020-11-05`),
 * optionally led by a date-time (`2023-11-13 15:33:51來源:…`). The first label must open the
 * line or follow that date, so body sentences quoting `來源:` are not bylines.
 */
export function parseByline(text: string): Byline | null {
  if (text.length > 160) return null;
  const labels = [...text.matchAll(LABEL)];
  const first = labels[0];
  if (!first) return null;
  const lead = text.slice(0, first.index).trim();
  const leadDate = lead ? parseStatedDate(lead) : null;
  if (lead && !leadDate) return null;
  const out: Byline = leadDate ? { date: leadDate } : {};
  labels.forEach((m, i) => {
    const end = labels[i + 1]?.index ?? text.length;
    const value = normaliseSpace(text.slice(m.index + m[0].length, end)).replace(/[,，;；|]+$/, '');
    const field = fieldOf(m[1]!);
    if (!value || value.length > 40) return;
    if (field === 'publisher') out.publisher ??= value;
    if (field === 'author') out.author ??= value;
    if (field === 'date')
      out.date ??= parseStatedDate(value, normaliseSpace(text.slice(m.index, end))) ?? undefined;
  });
  return out.publisher || out.author || out.date ? out : null;
}

function frontMatterString(fm: Record<string, unknown>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = fm[k];
    if (typeof v === 'string' && normaliseSpace(v)) return normaliseSpace(v);
  }
  return null;
}

/**
 * Publisher, author, publication date and source URL: front matter first, then byline lines
 * near the top (before the body starts) and author/editor credits after it. Byline lines are
 * removed as `metadata`.
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
  const stated = (name: string | null): StatedValue | null =>
    name ? { name, basis: 'stated' } : null;
  let publisher = stated(frontMatterString(fm, 'publisher', 'source'));
  let author = stated(frontMatterString(fm, 'author'));
  const url = frontMatterString(fm, 'source_url', 'sourceUrl', 'original_url', 'link', 'url');
  const sourceUrl = (url && httpUrl(url)) ?? doc.pageMeta.url ?? null;

  const bodyStart = doc.blocks.findIndex(isBodyBlock);
  const bodyEnd = doc.blocks.findLastIndex(isBodyBlock);
  const out = removeBlocks(doc, (b, i) => {
    // Bylines sit above the body; an editor credit (`责任编辑：X`) may also close it.
    const head = bodyStart < 0 || i <= bodyStart;
    const tail = bodyEnd >= 0 && i > bodyEnd;
    if (b.type === 'image' || (!head && !tail)) return null;
    const byline = parseByline(b.text);
    if (!byline || (!head && (byline.publisher || byline.date))) return null;
    if (byline.publisher) publisher ??= stated(byline.publisher);
    if (byline.author) author ??= stated(byline.author);
    if (byline.date && publishedAt.value === null) publishedAt = byline.date;
    return { kind: 'metadata', rule: 'byline' };
  });
  return { ...out, publishedAt, publisher, author, sourceUrl };
}
