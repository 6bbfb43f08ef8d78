import type { DatasetIndex } from '../../domain';
import { lookups } from './dataset-lookups';
import { COLLABORATION_TYPES, type CollaborationType } from './domain-enums';

const cache = new WeakMap<DatasetIndex, Map<string, CollaborationType[]>>();

/** The collaboration types an article names (an article about a joint lab is a `joint-lab` article). */
export function articleTypes(dataset: DatasetIndex, articleId: string): CollaborationType[] {
  let byArticle = cache.get(dataset);
  if (!byArticle) {
    const find = lookups(dataset);
    byArticle = new Map(
      dataset.articles.map((article) => {
        const types = new Set<CollaborationType>();
        for (const id of article.entityIds) {
          const entity = find.entity(id);
          if (entity?.kind === 'collaboration') types.add(entity.subtype as CollaborationType);
        }
        return [article.id, [...types]];
      }),
    );
    cache.set(dataset, byArticle);
  }
  return byArticle.get(articleId) ?? [];
}

export type Facet = { value: CollaborationType; count: number };

/** How many items carry each type, in the domain's order; types with no items are left out. */
export function countFacets<T>(
  items: readonly T[],
  typesOf: (item: T) => readonly CollaborationType[],
): Facet[] {
  const counts = new Map<CollaborationType, number>();
  for (const item of items)
    for (const type of typesOf(item)) counts.set(type, (counts.get(type) ?? 0) + 1);
  return COLLABORATION_TYPES.flatMap((value) => {
    const count = counts.get(value) ?? 0;
    return count > 0 ? [{ value, count }] : [];
  });
}
