import type { ArticleSummary, DatasetIndex, PartialDate } from '../../../domain';
import { compareDates, isYearless } from '../../../domain/date-order';
import { lookups, matchesRegion } from '../../lib/dataset-lookups';

/** Where an article sits in time: its publication date, else its first dated event. */
export function articleDate(article: ArticleSummary): PartialDate | null {
  if (article.publishedAt.value && !isYearless(article.publishedAt)) return article.publishedAt;
  return article.eventDates.find((d) => d.value && !isYearless(d)) ?? null;
}

const order = new WeakMap<DatasetIndex, ArticleSummary[]>();

/** The articles before and after this one in time, within the region filter. */
export function adjacentArticles(
  dataset: DatasetIndex,
  id: string,
  region: readonly string[],
): { previous: ArticleSummary | null; next: ArticleSummary | null } {
  let sorted = order.get(dataset);
  if (!sorted) {
    sorted = [...dataset.articles].sort(
      (a, b) => compareDates(articleDate(a), articleDate(b)) || a.id.localeCompare(b.id),
    );
    order.set(dataset, sorted);
  }
  const list = sorted.filter((a) => a.id === id || matchesRegion(a.regionCodes, region));
  const at = list.findIndex((a) => a.id === id);
  // An undated article has no neighbours in time.
  if (at < 0 || !articleDate(list[at] as ArticleSummary)) return { previous: null, next: null };
  const next = list[at + 1];
  return { previous: list[at - 1] ?? null, next: next && articleDate(next) ? next : null };
}

export type RelatedArticle = { article: ArticleSummary; shared: number };

/** Other articles naming the same entities, most shared first; the ones in time order on ties. */
export function relatedArticles(dataset: DatasetIndex, id: string, limit = 5): RelatedArticle[] {
  const find = lookups(dataset);
  const self = find.article(id);
  if (!self) return [];
  const shared = new Map<string, number>();
  for (const entityId of new Set(self.entityIds))
    for (const other of find.articlesOf(entityId))
      if (other.id !== id) shared.set(other.id, (shared.get(other.id) ?? 0) + 1);
  return [...shared]
    .map(([otherId, count]) => ({
      article: find.article(otherId) as ArticleSummary,
      shared: count,
    }))
    .sort(
      (a, b) => b.shared - a.shared || compareDates(articleDate(a.article), articleDate(b.article)),
    )
    .slice(0, limit);
}
