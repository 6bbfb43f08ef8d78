import type { PartialDate, RelationType } from '../../domain';
import { clauseSpans, sentenceSpans } from '../lib/text';
import type { NameHit } from './find-names';
import { TRIGGERS } from './lexicon';

/** A relation before ids are checked across the dataset: institution → collaboration. */
export interface RawRelation {
  source: string;
  target: string;
  type: RelationType;
  evidence: string;
  date?: PartialDate;
}

type Hit = NameHit & { id: string };
const inside = (h: Hit, [s, e]: [number, number]) => h.start >= s && h.end <= e;

/**
 * The relation type a clause's trigger word gives, or `mentioned-with`. The trigger must follow
 * the institution (`由X主办`, `A、B加入Y`) or introduce it with `by` (`co-sponsored by X`).
 */
function typeIn(clause: string, instAt: number): RelationType {
  for (const [type, re] of TRIGGERS) {
    const m = re.exec(clause);
    if (m && (m.index >= instAt || /\bby\b/i.test(clause.slice(m.index, instAt)))) return type;
  }
  return 'mentioned-with';
}

/**
 * Every institution and collaboration named in the same sentence are linked. The link is typed
 * only when both sit in one clause with a trigger word (`由X主办的…联盟…` → organiser,
 * `A、B加入Y` → member); otherwise it is `mentioned-with`. Triggers are read in the Simplified
 * text; the evidence is the sentence as written.
 */
export function relationsInBlock(
  text: string,
  simplified: string,
  hits: Hit[],
  dateOf: (sentence: string) => PartialDate | undefined,
): RawRelation[] {
  const out: RawRelation[] = [];
  for (const span of sentenceSpans(text)) {
    const inSentence = hits.filter((h) => inside(h, span));
    const collabs = inSentence.filter((h) => h.kind === 'collaboration');
    const insts = inSentence.filter((h) => h.kind === 'institution');
    if (collabs.length === 0 || insts.length === 0) continue;
    const evidence = text.slice(span[0], span[1]).trim();
    const clauses = clauseSpans(text, span[0], span[1]);
    const date = dateOf(evidence);
    for (const c of collabs) {
      for (const i of insts) {
        if (i.id === c.id) continue;
        const clause = clauses.find((cl) => inside(c, cl) && inside(i, cl));
        const type = clause
          ? typeIn(simplified.slice(clause[0], clause[1]), i.start - clause[0])
          : 'mentioned-with';
        out.push({ source: i.id, target: c.id, type, evidence, ...(date ? { date } : {}) });
      }
    }
  }
  return out;
}
