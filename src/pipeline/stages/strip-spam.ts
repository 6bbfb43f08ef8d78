import type { Context } from '../context';
import type { Doc } from '../doc';
import type { Curation } from '../lib/curation';
import { removeBlocks } from '../lib/blocks';

const SEPARATORS = /[|｜,，、;；\s]+/;

export interface SpamVerdict {
  items: number;
  strong: number;
  hits: number;
}

/**
 * Injected SEO spam is a keyword list: many short items between separators (`|`, commas, spaces),
 * several of them lexicon terms, at least one of them a strong (unambiguous) term. Body text
 * with comma-separated names has long items and no lexicon hits, so it never qualifies.
 */
export function spamScore(simplified: string, lexicon: Curation['spam']): SpamVerdict | null {
  const items = simplified.split(SEPARATORS).filter(Boolean);
  if (items.length < 4) return null;
  const avg = items.reduce((n, i) => n + i.length, 0) / items.length;
  if (avg > 16 || /[。！？]/.test(simplified)) return null;
  const lower = simplified.toLowerCase();
  let strong = 0;
  const terms = new Set<string>();
  for (const g of lexicon.groups) {
    for (const t of g.terms) {
      if (!lower.includes(t.toLowerCase())) continue;
      terms.add(t);
      if (g.weight === 'strong') strong++;
    }
  }
  const hitItems = items.filter((i) =>
    [...terms].some((t) => i.toLowerCase().includes(t.toLowerCase())),
  ).length;
  if (strong === 0 || terms.size < 3 || hitItems / items.length < 0.4) return null;
  return { items: items.length, strong, hits: terms.size };
}

/** Drops injected keyword-list lines (lexicon: data/curation/spam-lexicon.yaml). */
export function stripSpam(doc: Doc, ctx: Context): Doc {
  const out = removeBlocks(doc, (b) => {
    if (b.type === 'image') return null;
    return spamScore(ctx.res.simplify(b.text), ctx.res.curation.spam)
      ? { kind: 'spam', rule: 'keyword-list' }
      : null;
  });
  const n = out.removed.length - doc.removed.length;
  if (n > 0) ctx.count('spam-lines', n);
  return out;
}
