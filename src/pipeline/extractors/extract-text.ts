import { findCollaborations } from './collaborations';
import { Coverage } from './coverage';
import { extractCorpus, learnedNames } from './corpus-names';
import type { NameHit, PersonHit } from './hits';
import { findInstitutions } from './institutions';
import { findKnownNames } from './known-names';
import type { NameTable } from './name-table';
import { findPeople } from './people';
import type { RegionIndex } from './regions';
import { makeScan, type TextScan } from './scan';
import { findCuedNames } from './org-cues';
import { findTradeNames } from './trade-names';

/** Everything the extractors find in one Simplified text, nested and relative names included. */
export interface TextExtraction {
  scan: TextScan;
  /** Institutions and collaborations; `nested` ones lie inside another (`济宁市医学科学研究院` in its centre). */
  names: Array<NameHit & { nested?: boolean }>;
  people: PersonHit[];
}

/** Heads of institutions that keep their own entity when a longer name opens with them (`北京大学|第一医院`). */
const PARENT_HEADS = new Set([
  '大学',
  '学院',
  '研究院',
  '科学院',
  '工程院',
  '医院',
  '集团',
  'University',
  'Hospital',
  'Institute',
  'Academy',
]);
const COMPANY_FORM =
  /(?:股份有限公司|有限责任公司|有限公司|股份公司|公司|集团|Co\.,\s?Ltd\.?|Ltd\.|Inc\.)$/;

/**
 * Extractors in order: institutions and collaborations by head word or from the dictionary,
 * people by title (they need the names to find their organisations), then names from context
 * (they need both to know what is taken), and the names other texts of the corpus read from
 * context (corpus-names.ts). Overlaps: the longer name wins; a name crossing another's start
 * loses to the one that ends later; an institution opening a longer name stays as a nested
 * mention when it is a parent (`大学`, `研究院`, `医院`), not when the longer one is its company
 * form (`…医院|股份有限公司`).
 */
export function extractText(text: string, index: RegionIndex, corpus?: NameTable): TextExtraction {
  const scan = makeScan(text, index);
  const byHead = joinKnownParents(
    outermost([...findInstitutions(scan), ...findCollaborations(scan), ...findKnownNames(scan)]),
  );
  const people = findPeople(scan, byHead);
  const trade = findTradeNames(scan, byHead, people);
  const cued = findCuedNames(scan, [...byHead, ...trade], people);
  const taught = corpus
    ? untaken(text.length, corpus.find(text, scan.words, 'corpus'), [
        ...byHead,
        ...trade,
        ...cued,
        ...people,
      ])
    : [];
  const context = [...trade, ...cued, ...taught];
  const names = [
    ...byHead,
    ...context,
    ...repeats(text, context, [...byHead, ...context, ...people]),
  ];
  return { scan, names: names.sort((a, b) => a.start - b.start || b.end - a.end), people };
}

/** Many Simplified texts read as one corpus (corpus-names.ts), as the extract command and eval:cluener read theirs. */
export function extractTexts(texts: string[], index: RegionIndex): TextExtraction[] {
  return extractCorpus(
    texts.length,
    (i, corpus) => extractText(texts[i]!, index, corpus),
    (i) => texts[i]!,
    (x) => learnedNames(x.names),
    (x) => new Set(x.names.map((n) => n.name)),
  );
}

/**
 * A known name right before a name by head word is its parent (`中国电信|武汉分公司`, `工行|深圳分行`,
 * `北大|人民医院`): one name, and the parent stays as a nested mention.
 */
function joinKnownParents(
  hits: Array<NameHit & { nested?: boolean }>,
): Array<NameHit & { nested?: boolean }> {
  const out = [...hits];
  const byStart = new Map<number, number>();
  out.forEach((b, n) => {
    if (!b.nested && b.kind === 'institution' && b.head) byStart.set(b.start, n);
  });
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    if (a.context !== 'lexicon' || a.nested) continue;
    const j = byStart.get(a.end);
    if (j === undefined) continue;
    const b = out[j]!;
    out[j] = { ...b, start: a.start, name: a.name + b.name };
    out[k] = { ...a, nested: true };
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Hits that overlap none of `taken`. */
function untaken(
  length: number,
  hits: NameHit[],
  taken: Array<{ start: number; end: number }>,
): NameHit[] {
  if (!hits.length) return hits;
  const cover = new Coverage(length, taken);
  return hits.filter((h) => !cover.overlaps(h.start, h.end));
}

/** A name read from context once (`曼联主帅…`) is a name wherever else the text writes it. */
function repeats(
  text: string,
  found: NameHit[],
  taken: Array<{ start: number; end: number }>,
): NameHit[] {
  const out: NameHit[] = [];
  const cover = new Coverage(text.length, taken);
  const seen = new Set<string>();
  for (const f of found) {
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    for (let at = text.indexOf(f.name); at >= 0; at = text.indexOf(f.name, at + 1)) {
      const end = at + f.name.length;
      if (cover.overlaps(at, end)) continue;
      if (f.latin && (/[A-Za-z]/.test(text[at - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? '')))
        continue;
      out.push({ ...f, start: at, end });
      cover.add(at, end);
    }
  }
  return out;
}

export function outermost(hits: NameHit[]): Array<NameHit & { nested?: boolean }> {
  const sorted = [...hits].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.kind === 'collaboration' ? -1 : 1),
  );
  const kept: Array<NameHit & { nested?: boolean }> = [];
  // Kept outer names never overlap and come in order, so only the last one can hold a new start.
  let outer = -1;
  for (const h of sorted) {
    const o = outer >= 0 ? kept[outer]! : undefined;
    if (!o || h.start >= o.end) {
      outer = kept.push(h) - 1;
      continue;
    }
    if (h.end <= o.end) {
      if (h.bare || h.end === o.end) continue;
      const parent =
        h.kind === 'institution' &&
        h.start === o.start &&
        PARENT_HEADS.has(h.head) &&
        !COMPANY_FORM.test(o.name.slice(h.name.length));
      if (parent) kept.push({ ...h, nested: true });
      continue;
    }
    // Crossing: the name that ends later holds the full name when it starts no later (`X协议` over `X联合实验室`).
    if (h.start <= o.start) {
      kept.length = outer;
      outer = kept.push(h) - 1;
    }
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Mentions as the extract command prints them: flat (no nesting), in text order. */
export interface FlatMention {
  start: number;
  end: number;
  type: 'institution' | 'collaboration' | 'person' | 'region';
  text: string;
  regionCode?: string;
}

export function flatMentions(
  x: TextExtraction,
  original: string,
  regionCode: (i: number) => string | undefined,
): FlatMention[] {
  const spans: FlatMention[] = [];
  const cover = new Coverage(original.length);
  const push = (m: FlatMention) => {
    spans.push(m);
    cover.add(m.start, m.end);
  };
  for (const n of x.names)
    if (!n.nested && !n.bare)
      push({ start: n.start, end: n.end, type: n.kind, text: original.slice(n.start, n.end) });
  for (const p of x.people)
    if (!cover.overlaps(p.start, p.end))
      push({ start: p.start, end: p.end, type: 'person', text: original.slice(p.start, p.end) });
  x.scan.regions.forEach((r, i) => {
    if (r.relative || cover.overlaps(r.start, r.end)) return;
    const code = regionCode(i);
    spans.push({
      start: r.start,
      end: r.end,
      type: 'region',
      text: original.slice(r.start, r.end),
      ...(code ? { regionCode: code } : {}),
    });
  });
  return spans.sort((a, b) => a.start - b.start);
}
