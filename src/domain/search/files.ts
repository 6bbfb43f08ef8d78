/**
 * Paths of the search index under the dataset root (`public/data`). Free of imports, so the app's
 * entry can name them without pulling in the tokenizer (OpenCC) or MiniSearch.
 */
export const SEARCH_FILES = {
  manifest: 'search/manifest.json',
  base: 'search/base.json',
  basePart: (n: number) => `search/base-${n}.json`,
  shard: (n: number) => `search/terms-${n}.json`,
} as const;
