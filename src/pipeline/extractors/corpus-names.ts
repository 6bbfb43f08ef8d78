import type { NameHit } from './hits';
import { NameTable } from './name-table';
import type { InstSubtype } from './lexicon/heads';

/**
 * Names a corpus taught itself: an organisation read from context in one text (`招行副行长…`,
 * `切沃vs罗马`, `上海安纳金医疗等10家单位`) is a name in every text of the run, where no cue
 * stands next to it. Names by head word or from the dictionary need no such help.
 */

/** Contexts whose names carry over; a team named after its leader (`…院士率领的研究团队`) is the text's own. */
const CARRIED = new Set([
  'attribute',
  'object',
  'side',
  'stock-code',
  'list',
  'party',
  'partner',
  'employer',
  'by',
]);

/** The names a text read from context, to teach the others. */
export function learnedNames(
  names: ReadonlyArray<NameHit & { nested?: boolean }>,
): Array<[string, InstSubtype]> {
  return names
    .filter((n) => n.kind === 'institution' && !n.nested && !n.bare && CARRIED.has(n.context ?? ''))
    .map((n) => [n.name, n.subtype as InstSubtype]);
}

/**
 * Many texts read as one corpus: each on its own, then those holding a name another text read
 * from context again with the corpus's names (extract-text.ts). `learned` gives what a text read
 * from context, `own` the names it has already (a text holding only those is not read again).
 */
export function extractCorpus<T>(
  count: number,
  read: (i: number, corpus?: NameTable) => T,
  textOf: (i: number) => string,
  learned: (x: T) => Array<[string, InstSubtype]>,
  own: (x: T) => ReadonlySet<string>,
): T[] {
  const first = Array.from({ length: count }, (_, i) => read(i));
  const taught = new Map<string, InstSubtype>();
  for (const x of first)
    for (const [name, subtype] of learned(x)) if (!taught.has(name)) taught.set(name, subtype);
  if (!taught.size) return first;
  const table = new NameTable(taught);
  return first.map((x, i) => (table.occursIn(textOf(i), own(x)) ? read(i, table) : x));
}
