import type { ArticleBody, DatasetIndex } from '../../src/domain';
import { SEARCH_FILES, type FileLoader } from '../../src/domain/search';
import { buildMiniSearch } from '../../src/pipeline/search/build-search-index';
import { splitSearchIndex } from '../../src/pipeline/search/split-search-index';

/** The files the pipeline would write under public/data/search, in memory. */
export function shardedFiles(
  index: DatasetIndex,
  bodies: ArticleBody[],
  options: { simplify?: (t: string) => string; shardCount?: number } = {},
): Map<string, string> {
  const split = splitSearchIndex(
    buildMiniSearch(index, bodies, options.simplify),
    options.shardCount,
  );
  const files = new Map<string, string>([
    [SEARCH_FILES.manifest, JSON.stringify(split.manifest)],
    [SEARCH_FILES.base, split.base],
  ]);
  split.shards.forEach((s, n) => files.set(SEARCH_FILES.shard(n), s));
  return files;
}

export function memoryLoader(files: Map<string, string>): FileLoader {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    return text;
  };
}
