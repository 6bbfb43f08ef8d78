import type { PartialDate, RelationType } from '../../domain';
import { clauseSpans, sentenceSpans } from '../lib/text';
import type { Occurrence } from './article-occurrences';
import { TRIGGERS } from './lexicon/triggers';

/** A relation before ids are checked across the dataset. */
export interface RawRelation {
  source: string;
  target: string;
  type: RelationType;
  evidence: string;
  date?: PartialDate;
  role?: string;
}

export interface RelationInput {
  occs: Occurrence[];
  ids: Map<Occurrence, string>;
  original: (block: number) => string;
  simplified: (block: number) => string;
  /** The article's one agreement, for `witnessed the signing` in a sentence that does not name it. */
  agreement?: string;
  dateOf: (sentence: string, type: RelationType) => PartialDate | undefined;
  /** The organisations a person holds a post in (article-people.ts `affiliationsOf`). */
  affiliations: (person: Occurrence) => Array<{ id: string; role?: string }>;
}

const GLOBAL = TRIGGERS.map(([type, re]) => [type, new RegExp(re.source, 'gi')] as const);
type Span = { start: number; end: number };

/**
 * The type a trigger gives an institution → collaboration pair in one clause, or null. The source
 * acts before the trigger and the target follows it (`A加入B`, `由A主办的B`), or the target sits
 * between `为` and the trigger (`A为B揭牌`, `A将为联盟提供运营服务`), or the source follows `由`/`by`
 * (`B由A指导`, `co-sponsored by A`); an agreement's parties may precede it (`A与B…协议签约`).
 */
export function typeIn(
  clause: string,
  src: Span,
  dst: Span,
  dstIsAgreement: boolean,
  others: Span[] = [],
): RelationType | null {
  for (const [type, re] of GLOBAL) {
    for (const m of clause.matchAll(re)) {
      const t = m.index;
      const between = (a: number, b: number, word: RegExp) => word.test(clause.slice(a, b));
      // `A签署X协议暨Y中心揭牌`: a trigger acts on the nearest collaboration after it, and one right
      // after a collaboration (`X协议签约`) is that one's.
      const nearest =
        !others.some((o) => o.start >= t && o.end <= dst.start) &&
        !others.some((o) => o.end <= t && t - o.end <= 2);
      if (src.end <= t && t <= dst.start && nearest) return type;
      if (src.end <= dst.start && dst.end <= t && between(src.end, dst.start, /为/)) return type;
      if (dst.end <= src.start && src.end <= t && between(dst.end, src.start, /由/)) return type;
      if (dst.end <= t && t + m[0].length <= src.start && between(t, src.start, /\bby\b/i))
        return type;
      if (type === 'signatory' && dstIsAgreement && src.end <= dst.start && t >= src.end)
        return type;
      if (
        type === 'member' &&
        dst.end <= t &&
        t + m[0].length <= src.start &&
        /成员|会员|理事/.test(m[0])
      )
        return type;
    }
  }
  return null;
}

const rel = (o: Occurrence, base: number): Span => ({ start: o.start - base, end: o.end - base });

export function relationsOf(input: RelationInput): RawRelation[] {
  const { occs, ids } = input;
  const out: RawRelation[] = [];
  const seen = new Set<string>();
  const push = (r: RawRelation) => {
    const k = `${r.source}|${r.type}|${r.target}`;
    if (r.source === r.target || seen.has(k)) return;
    seen.add(k);
    out.push(r);
  };
  const blocks = [...new Set(occs.map((o) => o.block))].sort((a, b) => a - b);
  for (const block of blocks) {
    const text = input.original(block);
    const simple = input.simplified(block);
    const inBlock = occs
      .filter((o) => o.block === block && !o.nested && ids.has(o))
      .sort((a, b) => a.start - b.start);
    let next = 0;
    for (const [s, e] of sentenceSpans(text)) {
      // Occurrences come in order: walk them along with the sentences (linear in the block).
      while (next < inBlock.length && inBlock[next]!.start < s) next++;
      const here: Occurrence[] = [];
      for (let k = next; k < inBlock.length && inBlock[k]!.start < e; k++)
        if (inBlock[k]!.end <= e) here.push(inBlock[k]!);
      if (!here.length) continue;
      const evidence = text.slice(s, e).trim();
      const date = (type: RelationType) => input.dateOf(evidence, type);
      const clauses = clauseSpans(text, s, e);
      const collabs = here.filter((o) => o.kind === 'collaboration');
      const insts = here.filter((o) => o.kind === 'institution');
      for (const c of collabs)
        for (const i of insts) {
          const cl = clauses.find(
            ([a, b]) => i.start >= a && i.end <= b && c.start >= a && c.end <= b,
          );
          const type = cl
            ? (typeIn(
                simple.slice(cl[0], cl[1]),
                rel(i, cl[0]),
                rel(c, cl[0]),
                c.subtype === 'agreement',
                collabs
                  .filter((o) => o !== c && o.start >= cl[0] && o.end <= cl[1])
                  .map((o) => rel(o, cl[0])),
              ) ?? 'mentioned-with')
            : 'mentioned-with';
          const d = date(type);
          push({
            source: ids.get(i)!,
            target: ids.get(c)!,
            type,
            evidence,
            ...(d ? { date: d } : {}),
          });
        }
      for (const p of here.filter((o) => o.kind === 'person' && o.person))
        for (const a of input.affiliations(p))
          push({
            source: ids.get(p)!,
            target: a.id,
            type: 'member',
            evidence,
            ...(a.role ? { role: a.role } : {}),
          });
      witnesses(simple.slice(s, e), s, here, collabs, input, evidence, push);
    }
  }
  return out;
}

/** `A、B见证`, `X witnessed the signing`: people and institutions before the word witnessed what the sentence signs. */
function witnesses(
  sentence: string,
  base: number,
  here: Occurrence[],
  collabs: Occurrence[],
  input: RelationInput,
  evidence: string,
  push: (r: RawRelation) => void,
) {
  const m = /见证|\bwitness(?:ed|es)?\b/i.exec(sentence);
  if (!m) return;
  const at = base + m.index;
  const targets = collabs.filter((c) => c.start >= at).map((c) => input.ids.get(c)!);
  if (
    !targets.length &&
    input.agreement &&
    /签约|签署|签订|\bsign(?:ed|ing)\b/i.test(sentence.slice(m.index))
  )
    targets.push(input.agreement);
  const d = input.dateOf(evidence, 'witness');
  for (const src of here.filter((o) => o.kind !== 'collaboration' && o.end <= at))
    for (const target of targets)
      push({
        source: input.ids.get(src)!,
        target,
        type: 'witness',
        evidence,
        ...(d ? { date: d } : {}),
      });
}
