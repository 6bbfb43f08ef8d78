import { Parser } from 'htmlparser2';
import type { Removal } from '../../domain';
import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { normaliseSpace, truncate } from '../lib/text';
import { htmlToPlainText, stripInlineMarkup } from '../lib/markup';
import { cleanImageUrl, httpUrl } from '../lib/urls';

/** Elements whose content is never article text. */
const DROP = new Set([
  'script',
  'style',
  'iframe',
  'noscript',
  'template',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'audio',
  'video',
  'frameset',
  'frame',
]);
/** Page chrome around the article in full pages. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'table',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'pre',
  'center',
  'address',
  'hr',
  'body',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const BOLD = new Set(['strong', 'b']);
/** Deeper than any real page nests; a hostile or broken page goes the plain-text way. */
const MAX_DEPTH = 500;
/** Inline styles that hide an element: injected SEO text is often hidden this way. */
const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em|rem)?\s*(?:;|$|!)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!))/i;

/** Hidden from readers: `hidden`, `aria-hidden="true"` or a hiding inline style. */
function isHidden(attrs: Record<string, string>): boolean {
  return (
    attrs.hidden !== undefined ||
    attrs['aria-hidden'] === 'true' ||
    HIDDEN_STYLE.test(attrs.style ?? '')
  );
}

/** A relative image path made absolute against the page's own URL (canonical / og:url), when known. */
function absolute(src: string, base: string | undefined): string {
  if (!base || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim())) return src;
  try {
    return new URL(src.trim(), base).href;
  } catch {
    return src;
  }
}

/**
 * HTML → heading / paragraph / caption / image blocks. Inline markup is unwrapped (link text stays,
 * the link goes); `<br>` splits a paragraph; a paragraph that is all bold and short is a heading.
 * Images keep alt/title and an unwrapped http(s) src. Scripts, frames, embeds, page chrome and
 * hidden elements are dropped with their content and recorded as removals.
 */
export function htmlToBlocks(doc: Doc, ctx: Context): Doc {
  if (doc.format !== 'html' && doc.format !== 'front-matter-html') return doc;
  // htmlparser2 keeps open elements in an array it `unshift`s: thousands of unclosed nested
  // tags make it quadratic. Past MAX_DEPTH the page is read as plain text instead.
  let depth = 0;
  let tooDeep = false;
  const blocks: DraftBlock[] = [];
  const removed: Removal[] = [];
  const pageMeta: Doc['pageMeta'] = {};
  let buf = '';
  let bold = '';
  let boldDepth = 0;
  let heading = 0;
  let caption = 0;
  let skip: {
    name: string;
    depth: number;
    text: string;
    kind: 'markup' | 'navigation';
    rule: string;
    attrs: string;
  } | null = null;
  let inTitle = false;
  let inHead = false;

  const flush = () => {
    const allBold = normaliseSpace(bold).replace(/\s/g, '').length;
    const pieces = buf.split('\n').map(normaliseSpace).filter(Boolean);
    for (const piece of pieces) {
      const boldLine =
        pieces.length === 1 && allBold >= piece.replace(/\s/g, '').length && piece.length <= 60;
      const asHeading = heading > 0 || boldLine;
      blocks.push({
        type: caption > 0 ? 'caption' : asHeading ? 'heading' : 'paragraph',
        text: piece,
      });
    }
    buf = '';
    bold = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++depth > MAX_DEPTH && !tooDeep) {
          tooDeep = true;
          parser.pause();
        }
        if (skip) {
          if (name === skip.name) skip.depth++;
          return;
        }
        if (name === 'head') inHead = true;
        if (name === 'title' && inHead) inTitle = true;
        const og = /^og:(url|title|site_name)$/i.exec(attrs.property ?? '')?.[1]?.toLowerCase();
        if (name === 'meta' && og && attrs.content) {
          const content = normaliseSpace(stripInlineMarkup(attrs.content));
          if (og === 'url') pageMeta.url = httpUrl(attrs.content) ?? pageMeta.url;
          else if (og === 'title') pageMeta.title ??= content || undefined;
          else pageMeta.siteName ??= content || undefined;
        }
        const published = /^(article:published_time|pubdate|publishdate|datepublished)$/i;
        if (
          name === 'meta' &&
          attrs.content &&
          published.test(attrs.property ?? attrs.name ?? attrs.itemprop ?? '')
        )
          pageMeta.published ??= normaliseSpace(attrs.content).slice(0, 60) || undefined;
        if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href)
          pageMeta.url ??= httpUrl(attrs.href) ?? undefined;
        const hidden = !inHead && isHidden(attrs);
        if (DROP.has(name) || CHROME.has(name) || hidden) {
          flush();
          const shown = attrs.src ? ` src="${attrs.src}"` : '';
          const rule = hidden
            ? `hidden-element:${name}`
            : `${DROP.has(name) ? 'drop-element' : 'page-chrome'}:${name}`;
          const kind = CHROME.has(name) && !hidden ? 'navigation' : 'markup';
          skip = { name, depth: 1, text: '', kind, rule, attrs: shown };
          return;
        }
        if (BLOCK.has(name)) flush();
        if (/^h[1-6]$/.test(name)) heading++;
        if (name === 'figcaption') caption++;
        if (BOLD.has(name)) boldDepth++;
        if (name === 'br') buf += '\n';
        if (name === 'img') {
          flush();
          const raw = attrs.src ?? attrs['data-src'] ?? attrs['data-original'] ?? '';
          const url = cleanImageUrl(absolute(raw, pageMeta.url));
          const alt = normaliseSpace(attrs.alt ?? attrs.title ?? '');
          if (!url)
            removed.push({
              kind: 'markup',
              rule: 'image-url-not-http',
              text: truncate(raw || '<img>', 200),
            });
          else blocks.push({ type: 'image', text: alt, ...url, ...(alt ? { alt } : {}) });
        }
      },
      ontext(text) {
        if (skip) {
          skip.text += text;
          return;
        }
        if (inTitle) {
          pageMeta.title ??= normaliseSpace(text) || undefined;
          return;
        }
        if (inHead) return;
        buf += text.replace(/\n/g, ' ');
        if (boldDepth > 0) bold += text;
      },
      onclosetag(name) {
        depth = Math.max(0, depth - 1);
        if (skip) {
          if (name === skip.name && --skip.depth === 0) {
            const text = normaliseSpace(skip.text);
            removed.push({
              kind: skip.kind,
              rule: skip.rule,
              text: truncate(`<${skip.name}${skip.attrs}>${text ? ` ${text}` : ''}`, 300),
            });
            skip = null;
          }
          return;
        }
        if (name === 'title') inTitle = false;
        if (name === 'head') inHead = false;
        if (BLOCK.has(name)) flush();
        if (/^h[1-6]$/.test(name)) heading = Math.max(0, heading - 1);
        if (name === 'figcaption') caption = Math.max(0, caption - 1);
        if (BOLD.has(name)) boldDepth = Math.max(0, boldDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(doc.body);
  if (tooDeep) {
    ctx.warn('html-too-deep', `more than ${MAX_DEPTH} nested elements; read as plain text`);
    return {
      ...doc,
      format: 'text',
      body: htmlToPlainText(doc.body),
      removed: [
        ...doc.removed,
        { kind: 'markup', rule: 'html-too-deep', text: truncate(doc.body, 200) },
      ],
    };
  }
  parser.end();
  flush();
  return {
    ...doc,
    blocks: [...doc.blocks, ...blocks],
    removed: [...doc.removed, ...removed],
    pageMeta: { ...doc.pageMeta, ...pageMeta },
  };
}
