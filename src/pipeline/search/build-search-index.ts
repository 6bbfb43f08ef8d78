import MiniSearch from 'minisearch';
import { yearOf, type ArticleBody, type DatasetIndex } from '../../domain';
import { SEARCH_OPTIONS, type SearchDocument } from '../../domain/search';

/**
 * Search documents for every article (title, body, the names it mentions) and every entity
 * (original, Simplified and English names and aliases). Bodies are indexed, never stored: the
 * app fetches an article for its snippet.
 */
export function searchDocuments(index: DatasetIndex, bodies: ArticleBody[]): SearchDocument[] {
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const entityById = new Map(index.entities.map((e) => [e.id, e]));
  const docs: SearchDocument[] = [];
  for (const entity of index.entities) {
    const { original, zhHans, en, aliases } = entity.names;
    docs.push({
      id: `e:${entity.id}`,
      kind: entity.kind,
      title: original,
      names: [zhHans, en ?? '', ...aliases].join(' \n '),
      text: '',
      language: '',
      year: null,
      regionCodes: entity.regionCode ? [entity.regionCode] : [],
    });
  }
  for (const article of index.articles) {
    const body = bodyById.get(article.id);
    const names = article.entityIds.map((id) => entityById.get(id)?.names.zhHans ?? '');
    docs.push({
      id: `a:${article.id}`,
      kind: 'article',
      title: article.title,
      names: names.join(' \n '),
      text: body ? body.blocks.map((b) => b.text).join('\n') : article.excerpt,
      language: article.language,
      year: yearOf(article.publishedAt) ?? yearOf(article.eventDates[0]),
      regionCodes: article.regionCodes,
    });
  }
  return docs;
}

/** The serialised MiniSearch index written to public/data/search-index.json. */
export function buildSearchIndex(index: DatasetIndex, bodies: ArticleBody[]): string {
  const mini = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  mini.addAll(searchDocuments(index, bodies));
  return JSON.stringify(mini);
}
