import type { Options } from 'minisearch';
import { tokenize } from './tokenize';

/** A document of the search index: an article or an entity. */
export interface SearchDocument {
  /** `a:<articleId>` or `e:<entityId>`. */
  id: string;
  kind: 'article' | 'collaboration' | 'institution' | 'person';
  /** Title or display name, in the original script. */
  title: string;
  /** Names: Simplified, English and aliases (entities), or the names an article mentions. */
  names: string;
  /** Body text (articles) — indexed, not stored. */
  text: string;
  language: 'zh-Hans' | 'zh-Hant' | 'en' | '';
  year: number | null;
  regionCodes: string[];
}

export const SEARCH_INDEX_FILE = 'search-index.json';

/** MiniSearch options shared by the build (Node) and the app (browser): they must match. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'names', 'text'],
  storeFields: ['kind', 'title', 'language', 'year', 'regionCodes'],
  tokenize,
  // Tokens are folded already; MiniSearch's default lower-casing would be a no-op at best.
  processTerm: (term: string) => term,
  searchOptions: {
    boost: { title: 3, names: 2, text: 1 },
    // Latin words get prefix matching as the user types; Han bigrams are exact by nature.
    prefix: (term: string) => /^[a-z0-9]{3,}$/.test(term),
    fuzzy: (term: string) => (/^[a-z]{6,}$/.test(term) ? 0.15 : false),
  },
};
