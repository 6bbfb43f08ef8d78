import type { Context } from '../context';
import type { Doc, Format } from '../doc';

/** An opening fence line (`---`, or `---lang`) and a closing `---` line. */
const FRONT_MATTER = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/;
const FULL_PAGE = /^(?:<!doctype\s+html|<html[\s>])/i;
/** `[^<>]*`, not `[^>]*`: a `<` never closed must not make every later `<` scan to the end. */
const TAG =
  /<\/?(?:p|div|br|img|h[1-6]|ul|ol|li|table|tr|td|section|article|figure|figcaption|blockquote|span|a|strong|b|em|iframe|script|style)\b[^<>]*>/gi;

/**
 * Markup-dominant text is HTML: several tags, on most of its non-empty lines (a plain scrape with
 * a stray `<br>` stays text, so its line structure survives).
 */
export function looksLikeHtml(text: string): boolean {
  const tags = text.match(TAG)?.length ?? 0;
  if (tags < 3) return /^\s*</.test(text) && tags > 0;
  const lines = text.split('\n').filter((l) => l.trim());
  const tagged = lines.filter((l) => /<\/?[a-z][^<>]*>/i.test(l)).length;
  return tagged / lines.length >= 0.3;
}

/** Decides the layout: front matter + HTML/text, a full HTML page, an HTML fragment or plain text. */
export function detectFormat(doc: Doc, _ctx: Context): Doc {
  const text = doc.text.replace(/^\ufeff/, '').replace(/^\s+/, '');
  let format: Format;
  if (FRONT_MATTER.test(text)) {
    const body = text.replace(FRONT_MATTER, '');
    format = looksLikeHtml(body) ? 'front-matter-html' : 'front-matter-text';
  } else if (FULL_PAGE.test(text) || /<body[\s>]/i.test(text)) format = 'html';
  else format = looksLikeHtml(text) ? 'html' : 'text';
  return { ...doc, format, body: text };
}
