import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleBody, DatasetIndex } from '../../domain';
import { SEARCH_FILES } from '../../domain/search';
import { makeMatchText } from '../lib/chinese';
import { loadCuration } from '../lib/curation';
import { buildMiniSearch } from './build-search-index';
import { searchIndexFiles, splitSearchIndex, type SplitIndex } from './split-search-index';

const CURATION = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/curation');

/** The run's match text when the caller has none: the curated variants and phrases of data/curation. */
function defaultSimplify(): (text: string) => string {
  try {
    return makeMatchText(loadCuration(CURATION));
  } catch {
    return (text) => text;
  }
}

export interface SearchIndexOptions {
  simplify?: (text: string) => string;
  shardCount?: number;
}

/**
 * Builds the search index of a dataset and writes it under `<outDir>/search/`: manifest, base
 * and term shards (compact JSON; deterministic for the same dataset). Term files of a previous
 * run that this one no longer has are removed.
 */
export function writeSearchIndex(
  outDir: string,
  index: DatasetIndex,
  bodies: ArticleBody[],
  options: SearchIndexOptions = {},
): SplitIndex {
  const mini = buildMiniSearch(index, bodies, options.simplify ?? defaultSimplify());
  const split = splitSearchIndex(mini, options.shardCount);
  const dir = join(outDir, dirname(SEARCH_FILES.manifest));
  mkdirSync(dir, { recursive: true });
  const files = searchIndexFiles(split);
  const current = new Set([...files.keys()].map((path) => path.split('/').pop()));
  for (const name of readdirSync(dir))
    if (/^(terms|base)-\d+\.json$/.test(name) && !current.has(name)) rmSync(join(dir, name));
  for (const [path, text] of files) writeFileSync(join(outDir, path), text);
  return split;
}
