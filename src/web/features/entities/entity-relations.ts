import type { ArticleSummary, DatasetIndex, Entity, Relation } from '../../../domain';
import { compareDates } from '../../../domain/date-order';
import { lookups } from '../../lib/dataset-lookups';

export type RelationRow = {
  relation: Relation;
  source: Entity;
  target: Entity;
  /** Which end of the relation the page's entity is. */
  role: 'source' | 'target';
  article: ArticleSummary;
};

/**
 * Every relation touching the entity, with both ends and the article it was read from resolved,
 * in time order (the relation's own date, else its article's publication). The schema guarantees
 * those ids exist, so nothing is silently dropped here.
 */
export function entityRelations(
  dataset: DatasetIndex,
  entityId: string,
  /** The relations to pick from (the entity's relation shard) when the dataset has none loaded. */
  shard?: readonly Relation[],
): RelationRow[] {
  const find = lookups(dataset);
  const touching = shard
    ? shard.filter((r) => r.source === entityId || r.target === entityId)
    : find.relationsOf(entityId);
  return touching
    .flatMap((relation) => {
      const source = find.entity(relation.source);
      const target = find.entity(relation.target);
      const article = find.article(relation.articleId);
      if (!source || !target || !article) return [];
      const role = relation.source === entityId ? ('source' as const) : ('target' as const);
      return [{ relation, source, target, role, article }];
    })
    .sort(
      (a, b) =>
        compareDates(
          a.relation.date ?? a.article.publishedAt,
          b.relation.date ?? b.article.publishedAt,
        ) || a.relation.type.localeCompare(b.relation.type),
    );
}
