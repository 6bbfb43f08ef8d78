import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { isBodyBlock, removeBlocks, type Verdict } from '../lib/blocks';
import { compile, type Curation } from '../lib/curation';

/** Numbered clause of a legal notice: `1、…`, `2. …`, `(3)…`. */
const CLAUSE = /^\s*[(（]?\d{1,2}\s*[、.．)）]/;
/** A view/like counter left alone on a line. */
const BARE_NUMBER = /^\d{1,7}$/;
/** Icon glyphs lost in conversion (`?`), bullets and rules with no words. */
const LONE_SYMBOL = /^[?？•·・\-—_*#|~=+<>.。…]+$/;

/** The table's line markers and the structural rules, for one block. */
function judgeLine(b: DraftBlock, table: Curation['boilerplate']): Verdict | null {
  if (b.type === 'image' || b.text.length > 300) return null;
  for (const m of table.lines)
    if (compile(m.id, m.pattern).test(b.text))
      return { kind: m.kind, rule: `boilerplate-markers:${m.id}` };
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
  // Only after the article has started: a tail never precedes the first body paragraph.
  for (let i = firstBody + 1; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (text.length > 40) continue;
    // A notice heading (`…版權…聲明`) followed by numbered clauses runs to the end of the page.
    for (const n of table.tailNotices) {
      if (!compile(n.id, n.heading).test(text)) continue;
      const clauses = blocks.slice(i + 1).filter((b) => CLAUSE.test(b.text)).length;
      if (clauses >= 2) return { from: i, verdict: { kind: n.kind, rule: `tail-notice:${n.id}` } };
    }
    // An end-of-article marker (`返回頂部`): what follows is page chrome, unless body text follows.
    for (const m of table.endMarkers) {
      if (!compile(m.id, m.pattern).test(text)) continue;
      if (!blocks.slice(i + 1).some(isBodyBlock))
        return { from: i, verdict: { kind: 'boilerplate', rule: `end-marker:${m.id}` } };
    }
  }
  return null;
}

/**
 * Page chrome: navigation, widgets, contact and licence lines, disclaimers (line markers in
 * data/curation/boilerplate-markers.yaml), bare counters and icon placeholders (code), and a
 * page tail cut at an end marker or a numbered copyright notice.
 */
export function stripBoilerplate(doc: Doc, ctx: Context): Doc {
  const table = ctx.res.curation.boilerplate;
  const tail = findTail(doc.blocks, table);
  const out = removeBlocks(doc, (b, i) => {
    if (tail && i >= tail.from) return judgeLine(b, table) ?? tail.verdict;
    return judgeLine(b, table);
  });
  ctx.count('boilerplate-lines', out.removed.length - doc.removed.length);
  return out;
}
