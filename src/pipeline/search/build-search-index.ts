import MiniSearch from 'minisearch';
import { yearOf, type ArticleBody, type DatasetIndex, type PartialDate } from '../../domain';
import { SEARCH_OPTIONS, type SearchDate, type SearchDocument } from '../../domain/search';

const dateOf = (d: PartialDate | null | undefined): SearchDate | null =>
  d?.value ? { value: d.value, precision: d.precision, basis: d.basis } : null;

/**
 * Search documents for every article (title, body, the names it mentions) and every entity
 * (original, Simplified and English names and aliases). Bodies are indexed as Simplified match
 * text (`simplify`: the run's curated variants and phrases before OpenCC, so 陜西 in a Big5 page
 * meets 陕西), never stored: the app fetches an article for its snippet. Stored fields are what a
 * result row shows.
 */
export function searchDocuments(
  index: DatasetIndex,
  bodies: ArticleBody[],
  simplify: (text: string) => string = (t) => t,
): SearchDocument[] {
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const entityById = new Map(index.entities.map((e) => [e.id, e]));
  const docs: SearchDocument[] = [];
  const named = new Map<string, number>();
  for (const a of index.articles)
    for (const id of a.entityIds) named.set(id, (named.get(id) ?? 0) + 1);
  for (const entity of index.entities) {
    const { original, zhHans, en, aliases } = entity.names;
    docs.push({
      id: `e:${entity.id}`,
      kind: entity.kind,
      title: original,
      en: en ?? '',
      subtype: entity.subtype,
      names: [simplify(original), zhHans, en ?? '', ...aliases].join(' \n '),
      text: '',
      language: '',
      date: null,
      year: null,
      regionCodes: entity.regionCode ? [entity.regionCode] : [],
      weight: named.get(entity.id) ?? 0,
    });
  }
  for (const article of index.articles) {
    const body = bodyById.get(article.id);
    const names = article.entityIds.map((id) => entityById.get(id)?.names.zhHans ?? '');
    const date = article.publishedAt.value ? article.publishedAt : article.eventDates[0];
    docs.push({
      id: `a:${article.id}`,
      kind: 'article',
      title: article.title,
      en: '',
      subtype: '',
      names: [simplify(article.title), ...names].join(' \n '),
      text: simplify(body ? body.blocks.map((b) => b.text).join('\n') : article.excerpt),
      language: article.language,
      date: dateOf(date),
      year: yearOf(article.publishedAt) ?? yearOf(article.eventDates[0]),
      regionCodes: article.regionCodes,
      weight: 0,
    });
  }
  return docs;
}

/** The MiniSearch index of a dataset, in memory. */
export function buildMiniSearch(
  index: DatasetIndex,
  bodies: ArticleBody[],
  simplify?: (text: string) => string,
): MiniSearch<SearchDocument> {
  const mini = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  mini.addAll(searchDocuments(index, bodies, simplify));
  return mini;
}

/** The serialised MiniSearch index as one JSON string (tests; the app reads the shards). */
export function buildSearchIndex(
  index: DatasetIndex,
  bodies: ArticleBody[],
  simplify?: (text: string) => string,
): string {
  return JSON.stringify(buildMiniSearch(index, bodies, simplify));
}
