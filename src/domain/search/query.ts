import MiniSearch, { type SearchResult } from 'minisearch';
import { SEARCH_OPTIONS, type SearchDocument } from './search-options';
import { tokenize } from './tokenize';

export type SearchHit = SearchResult &
  Pick<SearchDocument, 'kind' | 'title' | 'language' | 'year' | 'regionCodes'>;

const MAX_QUERY = 200;

/** Rebuilds the index the pipeline serialised (same options, so the same tokenizer). */
export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS);
}

/**
 * Runs a user query: every token must match (AND); when that finds nothing, any token may (OR),
 * so a long or partly wrong query still returns the best partial matches. Odd input (emoji,
 * regex characters, punctuation only, 1,000 characters) is cut and tokenised like any text and
 * never throws.
 */
export function runQuery(
  index: MiniSearch<SearchDocument>,
  query: string,
  limit = 200,
): SearchHit[] {
  const text = query.slice(0, MAX_QUERY);
  if (tokenize(text).length === 0) return [];
  let hits = index.search(text, { combineWith: 'AND' });
  if (hits.length === 0) hits = index.search(text, { combineWith: 'OR' });
  return hits.slice(0, limit) as SearchHit[];
}
