import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { SEARCH_OPTIONS, type SearchDocument, type StoredFields } from './search-options';
import { queryGroups, type QueryGroup } from './tokenize';

export type SearchHit = SearchResult & StoredFields;

export const MAX_QUERY = 200;

/** Rebuilds the index the pipeline serialised (same options, so the same tokenizer). */
export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS);
}

/** Leaves of the query tree are terms already, never tokenised again. */
const AS_TERMS = { tokenize: (term: string) => [term] };
/** Where a lone Han character is looked for: names, not every body (too common to mean much). */
const NAME_FIELDS = ['title', 'names'];
const ONE_HAN = /^\p{Script=Han}$/u;

function groupQuery({ all, boost }: QueryGroup): Query {
  if (all.length === 1 && ONE_HAN.test(all[0]!))
    return { combineWith: 'AND', queries: all, fields: NAME_FIELDS };
  const required: Query = { combineWith: 'AND', queries: all };
  // A boost word contains the whole run, so OR-ing it in never adds a document, only score.
  return boost.length > 0 ? { combineWith: 'OR', queries: [required, ...boost] } : required;
}

export interface QueryOptions {
  /** Only these fields (type-ahead looks at names: `['title', 'names']`). */
  fields?: string[];
}

/**
 * Runs a user query: every bigram and word must match (AND); when that finds nothing, any token
 * may (OR), so a long or partly wrong query still returns the best partial matches. A lone Han
 * character matches names it starts a bigram of. Odd input (emoji, regex characters,
 * punctuation only, 1,000 characters) is cut and tokenised like any text and never throws.
 */
export function runQuery(
  index: MiniSearch<SearchDocument>,
  query: string,
  options: QueryOptions = {},
): SearchHit[] {
  const groups = queryGroups(query.slice(0, MAX_QUERY));
  if (groups.length === 0) return [];
  const search = options.fields ? { ...AS_TERMS, fields: options.fields } : AS_TERMS;
  const tree: Query =
    groups.length === 1
      ? groupQuery(groups[0]!)
      : { combineWith: 'AND', queries: groups.map(groupQuery) };
  let hits = index.search(tree, search);
  if (hits.length === 0) {
    const terms = [...new Set(groups.flatMap((g) => [...g.all, ...g.boost]))];
    hits = index.search({ combineWith: 'OR', queries: terms }, search);
  }
  return hits as SearchHit[];
}
