import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { isBodyBlock, removeBlocks, type Verdict } from '../lib/blocks';
import { compile, type Curation } from '../lib/curation';
import { escapeRegExp } from '../lib/text';

/** Numbered clause of a legal notice: `1、…`, `2. …`, `(3)…`. */
const CLAUSE = /^\s*[(（]?\d{1,2}\s*[、.．)）]/;
/** A view/like counter left alone on a line. */
const BARE_NUMBER = /^\d{1,7}$/;
/** Icon glyphs lost in conversion (`?`), bullets and rules with no words. */
const LONE_SYMBOL = /^[?？•·・\-—_*#|~=+<>.。…]+$/;

/** Brackets, separators, digits and counters (`10万+`) that widget rows mix with their words. */
const NEUTRAL = /[\s【】[\]()（）|｜/／·•:：,，、+＋>＞-]|\d|万/gu;

const widgetRes = new WeakMap<Curation['boilerplate'], RegExp | null>();
function widgetWordsRe(table: Curation['boilerplate']): RegExp | null {
  if (!widgetRes.has(table)) {
    const words = [...new Set(table.widgetWords.flatMap((w) => w.words))].sort(
      (a, b) => b.length - a.length,
    );
    widgetRes.set(
      table,
      words.length ? new RegExp(words.map(escapeRegExp).join('|'), 'giu') : null,
    );
  }
  return widgetRes.get(table)!;
}

/**
 * A widget row (`【字体：大 中 小】 打印本页 关闭窗口 分享到：`): a short line, no sentence end, at
 * least two widget words, and almost nothing else (≥ 85% of its visible characters).
 */
export function isWidgetRow(text: string, table: Curation['boilerplate']): boolean {
  const re = widgetWordsRe(table);
  if (!re || text.length > 80 || /[。！？]/.test(text)) return false;
  const visible = text.replace(NEUTRAL, '').length;
  if (visible === 0) return false;
  let words = 0;
  const rest = text.replace(re, () => {
    words++;
    return ' ';
  });
  return words >= 2 && rest.replace(NEUTRAL, '').length <= visible * 0.15;
}

/** The table's line markers and the structural rules, for one block. */
function judgeLine(b: DraftBlock, table: Curation['boilerplate'], tail: boolean): Verdict | null {
  if (b.type === 'image' || b.text.length > 300) return null;
  for (const m of table.lines)
    if ((tail || m.position !== 'tail') && compile(m.id, m.pattern).test(b.text))
      return { kind: m.kind, rule: `boilerplate-markers:${m.id}` };
  if (isWidgetRow(b.text, table)) return { kind: 'widget', rule: 'widget-row' };
  if (BARE_NUMBER.test(b.text)) return { kind: 'widget', rule: 'bare-number' };
  if (LONE_SYMBOL.test(b.text)) return { kind: 'markup', rule: 'lone-symbol' };
  return null;
}

/** Index where the page tail starts, and the verdict for what follows, or null. */
function findTail(
  blocks: DraftBlock[],
  table: Curation['boilerplate'],
): { from: number; verdict: Verdict } | null {
  const firstBody = blocks.findIndex(isBodyBlock);
  if (firstBody < 0) return null;
  // Suffix counts, so each candidate line is judged in O(1) (a page can have 100k lines).
  const clausesAfter = new Array<number>(blocks.length + 1).fill(0);
  const bodyAfter = new Array<boolean>(blocks.length + 1).fill(false);
  for (let i = blocks.length - 1; i >= 0; i--) {
    clausesAfter[i] = clausesAfter[i + 1]! + (CLAUSE.test(blocks[i]!.text) ? 1 : 0);
    bodyAfter[i] = bodyAfter[i + 1]! || isBodyBlock(blocks[i]!);
  }
  // Only after the article has started: a tail never precedes the first body paragraph.
  for (let i = firstBody + 1; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (text.length > 40) continue;
    // A notice heading (`…版權…聲明`) followed by numbered clauses runs to the end of the page.
    for (const n of table.tailNotices)
      if (clausesAfter[i + 1]! >= 2 && compile(n.id, n.heading).test(text))
        return { from: i, verdict: { kind: n.kind, rule: `tail-notice:${n.id}` } };
    // An end-of-article marker (`返回頂部`): what follows is page chrome, unless body text follows.
    for (const m of table.endMarkers)
      if (!bodyAfter[i + 1] && compile(m.id, m.pattern).test(text))
        return { from: i, verdict: { kind: 'boilerplate', rule: `end-marker:${m.id}` } };
  }
  return null;
}

/**
 * Page chrome: navigation, widgets, contact and licence lines, disclaimers (line markers in
 * data/curation/boilerplate-markers.yaml, some only below the body), widget rows, bare counters
 * and icon placeholders (code), and a page tail cut at an end marker or a numbered copyright
 * notice.
 */
export function stripBoilerplate(doc: Doc, ctx: Context): Doc {
  const table = ctx.res.curation.boilerplate;
  const tail = findTail(doc.blocks, table);
  const bodyEnd = doc.blocks.findLastIndex(isBodyBlock);
  const out = removeBlocks(doc, (b, i) => {
    const verdict = judgeLine(b, table, bodyEnd >= 0 && i > bodyEnd);
    if (tail && i >= tail.from) return verdict ?? tail.verdict;
    return verdict;
  });
  ctx.count('boilerplate-lines', out.removed.length - doc.removed.length);
  return out;
}
