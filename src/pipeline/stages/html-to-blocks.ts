import { Parser } from 'htmlparser2';
import type { Removal } from '../../domain';
import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { normaliseSpace, truncate } from '../lib/text';
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
 * Images keep alt/title and an unwrapped http(s) src. Dropped elements are recorded as removals.
 */
export function htmlToBlocks(doc: Doc, _ctx: Context): Doc {
  if (doc.format !== 'html' && doc.format !== 'front-matter-html') return doc;
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
        if (skip) {
          if (name === skip.name) skip.depth++;
          return;
        }
        if (name === 'head') inHead = true;
        if (name === 'title' && inHead) inTitle = true;
        if (name === 'meta' && /^og:(url|title)$/i.test(attrs.property ?? '') && attrs.content) {
          if (/url/i.test(attrs.property!)) pageMeta.url = httpUrl(attrs.content) ?? pageMeta.url;
          else pageMeta.title ??= normaliseSpace(attrs.content);
        }
        if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href)
          pageMeta.url ??= httpUrl(attrs.href) ?? undefined;
        if (DROP.has(name) || CHROME.has(name)) {
          flush();
          const shown = attrs.src ? ` src="${attrs.src}"` : '';
          skip = {
            name,
            depth: 1,
            text: '',
            kind: DROP.has(name) ? 'markup' : 'navigation',
            attrs: shown,
          };
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
        if (skip) {
          if (name === skip.name && --skip.depth === 0) {
            const text = normaliseSpace(skip.text);
            removed.push({
              kind: skip.kind,
              rule: `${skip.kind === 'markup' ? 'drop-element' : 'page-chrome'}:${skip.name}`,
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
  parser.end();
  flush();
  return {
    ...doc,
    blocks: [...doc.blocks, ...blocks],
    removed: [...doc.removed, ...removed],
    pageMeta: { ...doc.pageMeta, ...pageMeta },
  };
}
