import type { Options } from 'minisearch';
import { tokenize } from './tokenize';

export type SearchKind = 'article' | 'collaboration' | 'institution' | 'person';
export type SearchLanguage = 'zh-Hans' | 'zh-Hant' | 'en';

/** A date as a result row shows it (the dataset's PartialDate without its notes). */
export interface SearchDate {
  value: string | null;
  precision: 'year' | 'month' | 'day' | null;
  basis: 'stated' | 'inferred' | 'curated';
}

/** What a result row shows, stored in the index so results render without the dataset. */
export interface StoredFields {
  kind: SearchKind;
  /** Title or display name, in the original script. */
  title: string;
  /** Entities: the English name when there is one. */
  en: string;
  /** Entities: their subtype (alliance, hospital, …); articles: ''. */
  subtype: string;
  language: SearchLanguage | '';
  date: SearchDate | null;
  year: number | null;
  regionCodes: string[];
  /** Entities: how many articles name them (orders the empty page's starting points). */
  weight: number;
}

/** A document of the search index: an article or an entity. */
export interface SearchDocument extends StoredFields {
  /** `a:<articleId>` or `e:<entityId>`. */
  id: string;
  /** Names: Simplified, English and aliases (entities), or the names an article mentions. */
  names: string;
  /** Body text (articles), as Simplified match text — indexed, not stored. */
  text: string;
}

export const STORED_FIELDS: (keyof StoredFields)[] = [
  'kind',
  'title',
  'en',
  'subtype',
  'language',
  'date',
  'year',
  'regionCodes',
  'weight',
];

const LATIN_PREFIX = /^[a-z0-9]{3,}$/;
const ONE_HAN = /^\p{Script=Han}$/u;

/** MiniSearch options shared by the build (Node) and the app (browser): they must match. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'names', 'text'],
  storeFields: STORED_FIELDS,
  tokenize,
  // Tokens are folded already; MiniSearch's default lower-casing would be a no-op at best.
  processTerm: (term: string) => term,
  searchOptions: {
    boost: { title: 3, names: 2, text: 1 },
    // Latin words get prefix matching as the user types; Han bigrams are exact by nature, and a
    // single typed character finds the bigrams it starts.
    prefix: (term: string) => LATIN_PREFIX.test(term) || ONE_HAN.test(term),
    fuzzy: (term: string) => (/^[a-z]{6,}$/.test(term) ? 0.15 : false),
  },
};
