import type { ArticleBody, DatasetIndex } from '../../src/domain';
import type { FileLoader } from '../../src/domain/search';
import { buildMiniSearch } from '../../src/pipeline/search/build-search-index';
import { searchIndexFiles, splitSearchIndex } from '../../src/pipeline/search/split-search-index';

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
  return searchIndexFiles(split);
}

export function memoryLoader(files: Map<string, string>): FileLoader {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    return text;
  };
}
