/** Markup that survived into text: entities, tags, comment ends and script URLs. */

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  copy: '©',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
};
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;

function decodeOnce(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Decodes entities until none is left (`&amp;lt;` → `&lt;` → `<`, at most a few rounds), so the
 * output never holds an entity that a second cleaning would turn into a tag.
 */
export function decodeEntities(text: string): string {
  let out = text;
  for (let i = 0; i < 4 && out.includes('&'); i++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Tags and what is left of them: comments, CDATA, processing instructions, whole tags, and a tag
 * never closed (`<img src=x onerror=…`: its ASCII attribute run, not the prose after it). Any `<`
 * followed by a letter goes, so no later step can see a tag in the text.
 */
export const TAG =
  /<!--|-->|<!\[CDATA\[|\]\]>|<\?[^<>]*>?|<!?\/?[a-z][a-z0-9-]*(?:[\s/][^<>]*>|>|[^<>\u0080-\uffff]*)/gi;
/**
 * Script-capable URLs as text (a scraped `href`): `javascript:…`, `vbscript:…`, `data:…/…`,
 * wherever they start (no word boundary: `0javascript:` is still one to a careless linkifier).
 */
export const SCRIPT_URL =
  /(?:javascript|vbscript|livescript)\s*:[^\s"'<>]*|data:[a-z-]+\/[a-z0-9.+-]+[^\s"'<>]*/gi;

/** Elements whose content is never article text, here and in the plain-text fallback below. */
const DROPPED_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'noscript',
  'template',
  'object',
  'svg',
  'math',
  'textarea',
  'select',
  'button',
  'head',
]);
const OPENING = /<([a-z][a-z0-9]*)\b[^<>]*>/gi;

/**
 * `<script>…</script>` (and the other dropped elements) as text, with their content: found with
 * `indexOf`, so an unclosed `<script>` costs one scan to the end, not one per later tag.
 */
function dropElements(text: string, found?: string[]): string {
  if (!text.includes('<')) return text;
  const lower = text.toLowerCase();
  let out = '';
  let i = 0;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const name = m[1]!.toLowerCase();
    if (!DROPPED_CONTENT.has(name) || m.index < i) continue;
    const close = lower.indexOf(`</${name}`, m.index + m[0].length);
    const gt = close < 0 ? -1 : text.indexOf('>', close);
    const end = gt < 0 ? text.length : gt + 1;
    out += `${text.slice(i, m.index)} `;
    found?.push(text.slice(m.index, Math.min(end, m.index + 200)).trim());
    i = end;
    OPENING.lastIndex = end;
  }
  return i === 0 ? text : out + text.slice(i);
}

/**
 * Inline text with markup taken out: entities decoded first (so an escaped `&lt;script&gt;`
 * cannot come back as a tag), then script-like elements with their content, then tags and
 * script URLs; each removed piece is reported.
 */
export function stripInlineMarkup(text: string, found?: string[]): string {
  const drop = (t: string) => {
    found?.push(t.trim());
    return ' ';
  };
  let out = dropElements(decodeEntities(text), found);
  // Removing one piece never joins two others into a tag (it leaves a space); a second round
  // only catches what decoding revealed inside a removed piece.
  for (let i = 0; i < 4; i++) {
    const next = out.replace(TAG, drop).replace(SCRIPT_URL, drop);
    if (next === out) break;
    out = next;
  }
  return out;
}

const LINE_BREAKING =
  /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|figure|figcaption|pre|hr|dd|dt|dl|main|body|html)$/;

/**
 * HTML as plain lines, in one linear pass, for markup a tree parser cannot take in reasonable
 * time (thousands of unclosed nested elements): dropped elements go with their content,
 * block-level tags become line breaks, other tags spaces; an unclosed tag goes up to the next `<`.
 */
export function htmlToPlainText(html: string): string {
  const lower = html.toLowerCase();
  const n = html.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const j = html.indexOf('<', i);
    if (j < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, j);
    const name = /^<\/?([a-z][a-z0-9]*)/.exec(lower.slice(j, j + 32))?.[1];
    if (!name) {
      out += '<';
      i = j + 1;
      continue;
    }
    let k = j + 1;
    while (k < n && html[k] !== '>' && html[k] !== '<') k++;
    const closed = html[k] === '>';
    i = closed ? k + 1 : k;
    if (closed && lower[j + 1] !== '/' && DROPPED_CONTENT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      const gt = end < 0 ? -1 : html.indexOf('>', end);
      i = gt < 0 ? n : gt + 1;
    }
    out += LINE_BREAKING.test(name) ? '\n' : ' ';
  }
  return out;
}
