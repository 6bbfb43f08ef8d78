import type { ArticleRef } from './article-entities';
import type { Occurrence } from './article-occurrences';
import type { NameKey } from './entity-keys';

const PUNCT = /[，,、。；;：:！？!?]/;

/**
 * People keyed by name and organisation: the same name under another organisation, or with none
 * in another article, is another person (`刘伟` is common). Titles as stated gather per name.
 */
export function resolvePeople(
  occs: Occurrence[],
  keys: Map<Occurrence, NameKey>,
  doc: ArticleRef,
  simplified: (block: number) => string,
  add: (o: Occurrence, key: string, titles: string[]) => void,
) {
  const people = occs.filter((o) => o.kind === 'person');
  const orgKey = new Map<string, string>();
  const titles = new Map<string, string[]>();
  for (const p of people) {
    const hit = p.person;
    if (!hit) continue;
    const list = titles.get(p.name) ?? [];
    if (hit.title && !list.includes(hit.title)) titles.set(p.name, [...list, hit.title]);
    if (orgKey.has(p.name)) continue;
    const org = organisationOf(p, occs, simplified(p.block));
    const k = org && keys.get(org);
    if (k) orgKey.set(p.name, k.key);
  }
  for (const p of people) {
    const name = p.latin ? p.name.toLowerCase() : p.name;
    add(p, `${name}|${orgKey.get(p.name) ?? `#${doc.id}`}`, titles.get(p.name) ?? []);
  }
}

/** The organisation a person's title belongs to: the name that ends (or, in English, starts) where the hit says. */
export function organisationOf(
  p: Occurrence,
  occs: Occurrence[],
  text: string,
): Occurrence | undefined {
  const hit = p.person;
  if (!hit) return undefined;
  const index = orgIndex(occs);
  const at = (key: string) => index.get(`${p.block}:${key}`);
  if (hit.orgStartsAt !== undefined) return at(`s${hit.orgStartsAt}`);
  if (hit.orgEndsAt === undefined) return undefined;
  for (let end = hit.orgEndsAt; end >= hit.orgEndsAt - 6; end--) {
    if (PUNCT.test(text.slice(end, hit.orgEndsAt))) return undefined;
    const o = at(`e${end}`);
    if (o) return o;
  }
  return undefined;
}

/**
 * Every organisation a person holds a post in, with the post as stated: the one before the title,
 * earlier posts in a list (`…副主任、…局长罗会涛`), and a place's government for its government posts
 * (`普陀区副区长` → the article's `普陀区人民政府`, when it names one).
 */
export function affiliationsOf(
  p: Occurrence,
  occs: Occurrence[],
  text: string,
  ids: ReadonlyMap<Occurrence, string>,
  governmentOf: (place: string) => string | undefined,
): Array<{ id: string; role?: string }> {
  const hit = p.person;
  if (!hit) return [];
  const out: Array<{ id: string; role?: string }> = [];
  const push = (id: string | undefined, role?: string) => {
    if (id && !out.some((a) => a.id === id)) out.push({ id, ...(role ? { role } : {}) });
  };
  const primary = organisationOf(p, occs, text);
  if (primary) push(ids.get(primary), hit.title);
  for (const post of hit.posts ?? []) {
    const org = organisationOf(
      { ...p, person: { ...hit, orgEndsAt: post.orgEndsAt, orgStartsAt: undefined } },
      occs,
      text,
    );
    if (org) push(ids.get(org), post.title);
  }
  if (hit.placeOf) push(governmentOf(text.slice(hit.placeOf.start, hit.placeOf.end)), hit.title);
  return out;
}

/** Names (not people, not nested) by block and start / end, built once per occurrence list. */
const orgIndexes = new WeakMap<Occurrence[], Map<string, Occurrence>>();
function orgIndex(occs: Occurrence[]): Map<string, Occurrence> {
  let index = orgIndexes.get(occs);
  if (!index) {
    index = new Map();
    for (const o of occs) {
      if (o.kind === 'person' || o.nested) continue;
      if (!index.has(`${o.block}:s${o.start}`)) index.set(`${o.block}:s${o.start}`, o);
      if (!index.has(`${o.block}:e${o.end}`)) index.set(`${o.block}:e${o.end}`, o);
    }
    orgIndexes.set(occs, index);
  }
  return index;
}
