import {
  compareDates,
  type DatasetIndex,
  type EntityStats,
  type PartialDate,
  type RelationType,
} from '../../domain';

/** Relations that make an entity a participant (not a guide, witness or a mere co-mention). */
const PARTICIPATION: ReadonlySet<RelationType> = new Set<RelationType>([
  'member',
  'founder',
  'organiser',
  'co-organiser',
  'signatory',
  'operator',
  'launched',
]);

/** A list needs the value and how sure it is; the source wording stays with the article. */
const bare = ({ value, precision, basis }: PartialDate): PartialDate => ({
  value,
  precision,
  basis,
});
const earlier = (a: PartialDate | undefined, b: PartialDate | null | undefined) =>
  b?.value && (!a || compareDates(b, a) < 0) ? bare(b) : a;
const later = (a: PartialDate | undefined, b: PartialDate | null | undefined) =>
  b?.value && !b.value.startsWith('--') && (!a || compareDates(b, a) > 0) ? bare(b) : a;

/**
 * Per-entity aggregates, so the alliances table and entity lists need neither all relations nor
 * all summaries: articles naming it, distinct participants, the script of its first article, and
 * its first and last dates. One pass over articles and relations.
 */
export function entityStats(index: DatasetIndex): Map<string, EntityStats> {
  const members = new Map<string, Set<string>>();
  const out = new Map<string, EntityStats>(
    index.entities.map((e) => [e.id, { articles: 0, members: 0 }]),
  );
  for (const article of index.articles)
    for (const id of new Set(article.entityIds)) {
      const s = out.get(id);
      if (!s) continue;
      s.articles += 1;
      s.language ??= article.language;
      const first = earlier(s.firstPublished, article.publishedAt);
      const last = later(s.lastPublished, article.publishedAt);
      if (first) s.firstPublished = first;
      if (last) s.lastPublished = last;
    }
  for (const r of index.relations) {
    for (const [self, other] of [
      [r.source, r.target],
      [r.target, r.source],
    ] as const) {
      const s = out.get(self);
      if (!s) continue;
      const first = earlier(s.firstRelationDate, r.date);
      if (first) s.firstRelationDate = first;
      if (PARTICIPATION.has(r.type) && self !== other) {
        const set = members.get(self) ?? new Set<string>();
        set.add(other);
        members.set(self, set);
      }
      if (self === other) break;
    }
  }
  for (const [id, set] of members) {
    const s = out.get(id);
    if (s) s.members = set.size;
  }
  return out;
}
