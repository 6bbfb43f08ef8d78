import type { Removal } from '../../domain';
import type { Context } from '../context';
import type { Doc } from '../doc';

/** Private-use code points never belong in news text: a sign of mojibake. */
const PRIVATE_USE = /[\ue000-\uf8ff]/u;

/**
 * Known garbled spans are fixed from data/curation/text-repairs.yaml (each entry names its
 * article and where the correct text was confirmed). Any private-use character left afterwards
 * is warned about: it means a garbled span nobody has reviewed yet.
 */
export function applyTextRepairs(doc: Doc, ctx: Context): Doc {
  const repairs = ctx.res.curation.textRepairs.filter((r) => r.article === doc.sourceFile);
  const removed: Removal[] = [];
  const used = new Set<string>();
  const blocks = doc.blocks.map((b) => {
    let text = b.text;
    for (const r of repairs) {
      if (!text.includes(r.find)) continue;
      text = text.split(r.find).join(r.replace);
      used.add(r.id);
      removed.push({ kind: 'converter-artifact', rule: `text-repairs:${r.id}`, text: r.find });
    }
    return text === b.text ? b : { ...b, text };
  });
  for (const r of repairs)
    if (!used.has(r.id)) ctx.warn('text-repair-unused', `repair ${r.id} found nothing to fix`);
  for (const b of blocks) {
    if (PRIVATE_USE.test(b.text))
      ctx.warn('private-use-character', `garbled text suspected: "${b.text.slice(0, 30)}…"`);
  }
  return removed.length ? { ...doc, blocks, removed: [...doc.removed, ...removed] } : doc;
}
