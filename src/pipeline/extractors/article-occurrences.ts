import { Coverage } from './coverage';
import type { TextExtraction } from './extract-text';
import type { NameHit, PersonHit } from './hits';

/** One mention of a name or person in an article, before it is tied to an entity. */
export interface Occurrence {
  block: number;
  start: number;
  end: number;
  kind: 'institution' | 'collaboration' | 'person';
  subtype: NameHit['subtype'] | 'person';
  head: string;
  /** The Simplified text of the mention. */
  name: string;
  latin: boolean;
  nested?: boolean;
  bare?: boolean;
  relative?: boolean;
  context?: string;
  canonical?: string;
  gloss?: string;
  person?: PersonHit;
}

const fromName = (block: number, n: NameHit & { nested?: boolean }): Occurrence => ({
  block,
  start: n.start,
  end: n.end,
  kind: n.kind,
  subtype: n.subtype,
  head: n.head,
  name: n.name,
  latin: n.latin,
  ...(n.nested ? { nested: true } : {}),
  ...(n.bare ? { bare: true } : {}),
  ...(n.relative ? { relative: true } : {}),
  ...(n.context ? { context: n.context } : {}),
  ...(n.canonical ? { canonical: n.canonical } : {}),
  ...(n.gloss ? { gloss: n.gloss } : {}),
});

const fromPerson = (block: number, p: PersonHit): Occurrence => ({
  block,
  start: p.start,
  end: p.end,
  kind: 'person',
  subtype: 'person',
  head: '',
  name: p.name,
  latin: !/\p{Script=Han}/u.test(p.name),
  person: p,
});

/**
 * Every occurrence in the article: what the extractors found per block, then the names found once
 * (people by their titles, names from context, any name of four or more characters) wherever else
 * they appear (`鹿洪超在致辞中表示`, `劉章箭、孫樹印為…揭牌`), where nothing else was found.
 */
export function collectOccurrences(texts: string[], found: TextExtraction[]): Occurrence[] {
  const out: Occurrence[] = [];
  found.forEach((x, block) => {
    for (const n of x.names) out.push(fromName(block, n));
    for (const p of x.people) out.push(fromPerson(block, p));
  });
  const known = new Map<string, Occurrence>();
  for (const o of out) {
    if (o.bare || o.nested || o.relative) continue;
    const long = o.kind === 'person' ? o.name.length >= 2 : o.name.length >= 4;
    if (long && !known.has(o.name)) known.set(o.name, o);
  }
  const names = [...known.keys()].sort((a, b) => b.length - a.length);
  const covers = texts.map((text) => new Coverage(text.length));
  for (const o of out) covers[o.block]!.add(o.start, o.end);
  texts.forEach((text, block) => {
    const cover = covers[block]!;
    for (const name of names) {
      const model = known.get(name)!;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (cover.overlaps(at, end)) continue;
        if (
          model.latin &&
          (/[A-Za-z]/.test(text[at - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? ''))
        )
          continue;
        const o: Occurrence = { ...model, block, start: at, end };
        delete o.person;
        out.push(o);
        cover.add(at, end);
      }
    }
  });
  return out.sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
}
