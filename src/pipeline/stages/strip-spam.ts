import type { Removal } from '../../domain';
import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import type { Curation } from '../lib/curation';
import { toTraditionalRaw } from '../lib/chinese';
import { escapeRegExp, normaliseSpace } from '../lib/text';

const SEPARATORS = /[|｜,，、;；\s]+/;

export interface SpamVerdict {
  items: number;
  strong: number;
  hits: number;
}

/** Lexicon terms lower-cased once per table (the table object is shared by a whole run). */
const lowered = new WeakMap<Curation['spam'], Array<{ strong: boolean; terms: string[] }>>();
function lexiconOf(lexicon: Curation['spam']) {
  let groups = lowered.get(lexicon);
  if (!groups) {
    groups = lexicon.groups.map((g) => ({
      strong: g.weight === 'strong',
      terms: g.terms.map((t) => t.toLowerCase()),
    }));
    lowered.set(lexicon, groups);
  }
  return groups;
}

const strongRes = new WeakMap<Curation['spam'], RegExp | null>();
/**
 * Any strong term, in Simplified or Traditional characters (`[无無][码碼]`), on the raw text: a
 * line without one cannot be spam, so it is never converted for the full check.
 */
function strongTermRe(lexicon: Curation['spam']): RegExp | null {
  if (!strongRes.has(lexicon)) {
    const terms = lexicon.groups.filter((g) => g.weight === 'strong').flatMap((g) => g.terms);
    const charClass = (ch: string) => {
      const forms = new Set([ch, toTraditionalRaw(ch), ch.toUpperCase()]);
      return forms.size === 1 ? escapeRegExp(ch) : `[${[...forms].map(escapeRegExp).join('')}]`;
    };
    const alternatives = terms.map((t) => [...t].map(charClass).join(''));
    strongRes.set(lexicon, alternatives.length ? new RegExp(alternatives.join('|'), 'iu') : null);
  }
  return strongRes.get(lexicon)!;
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
  for (const g of lexiconOf(lexicon)) {
    for (const t of g.terms) {
      if (!lower.includes(t)) continue;
      terms.add(t);
      if (g.strong) strong++;
    }
  }
  if (strong === 0 || terms.size < 3) return null;
  const hitItems = items.filter((i) => {
    const li = i.toLowerCase();
    for (const t of terms) if (li.includes(t)) return true;
    return false;
  }).length;
  if (hitItems / items.length < 0.4) return null;
  return { items: items.length, strong, hits: terms.size };
}

/** Sentences and the stretches between sentence ends: where a keyword list can hide in a line. */
const SEGMENT = /[^。！？!?]+[。！？!?]*|[。！？!?]+/g;
/** Shortest prose worth keeping in front of a keyword list. */
const MIN_HEAD = 6;

/** Where the first lexicon term of `text` starts, or -1. */
function firstTerm(text: string, lexicon: Curation['spam']): number {
  const lower = text.toLowerCase();
  let first = -1;
  for (const g of lexiconOf(lexicon))
    for (const t of g.terms) {
      const i = lower.indexOf(t);
      if (i >= 0 && (first < 0 || i < first)) first = i;
    }
  return first;
}

/**
 * Where the keyword list starts in a stretch of text, or null when there is none: a stretch
 * that scores as spam starts its list at its first lexicon term (prose glued in front of it,
 * `…影像中心久久精品|一区二区`, is kept when it is long enough to be prose); a stretch with a
 * `|`-joined run after long prose starts it at the first term before the first pipe.
 */
function listStart(segment: string, lexicon: Curation['spam']): number | null {
  if (spamScore(segment, lexicon)) {
    const at = firstTerm(segment, lexicon);
    const head = segment.slice(0, Math.max(at, 0)).replace(/[|｜,，、;；\s]+$/, '');
    return head.trim().length >= MIN_HEAD ? head.length : 0;
  }
  const pipe = segment.search(/[|｜]/);
  if (pipe < 0) return null;
  const at = firstTerm(segment.slice(0, pipe), lexicon);
  return at >= MIN_HEAD && spamScore(segment.slice(at), lexicon) ? at : null;
}

/**
 * Keyword lists in a line, whole or glued to prose (`…健康产业。亚洲无码|一区二区|…`): each
 * sentence-delimited stretch is checked on its own. Returns the kept text and what was cut.
 */
function cutLists(
  text: string,
  simplified: string,
  lexicon: Curation['spam'],
): { text: string; cuts: string[] } {
  let kept = '';
  const cuts: string[] = [];
  // The match text has the original's length, so a stretch's offsets are the original's.
  for (const { 0: segment, index: at } of simplified.matchAll(SEGMENT)) {
    const original = text.slice(at, at + segment.length);
    const from = listStart(segment, lexicon);
    if (from === null) kept += original;
    else {
      kept += original.slice(0, from);
      cuts.push(original.slice(from).trim());
    }
  }
  return { text: normaliseSpace(kept), cuts };
}

/**
 * Drops injected keyword-list lines, and keyword lists glued into a line of body text
 * (lexicon: data/curation/spam-lexicon.yaml).
 */
export function stripSpam(doc: Doc, ctx: Context): Doc {
  const lexicon = ctx.res.curation.spam;
  const strong = strongTermRe(lexicon);
  const removed: Removal[] = [];
  const blocks: DraftBlock[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'image') {
      blocks.push(b);
      continue;
    }
    if (!strong?.test(b.text)) {
      blocks.push(b);
      continue;
    }
    const { text, cuts } = cutLists(b.text, ctx.res.simplify(b.text), lexicon);
    if (cuts.length === 0) blocks.push(b);
    else if (!text) removed.push({ kind: 'spam', rule: 'keyword-list', text: b.text });
    else {
      for (const cut of cuts)
        removed.push({ kind: 'spam', rule: 'keyword-list-inline', text: cut });
      blocks.push({ ...b, text });
    }
  }
  if (removed.length === 0) return doc;
  ctx.count('spam-lines', removed.length);
  return { ...doc, blocks, removed: [...doc.removed, ...removed] };
}
