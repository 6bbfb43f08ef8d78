import type { ArticleBody, DatasetIndex } from '../domain';
import { writeNetwork } from './network/write-network';
import { writeShards } from './shards/write-shards';
import { writeSearchIndex, type SearchIndexOptions } from './search/write-search-index';

/** One serialisation everywhere: 2-space JSON and a final newline, so equal data is equal bytes. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes the sharded dataset (manifest.json + summaries/, entities/, relations/, bodies/; see
 * src/domain/shards.ts), the search index and the laid-out network.json (src/domain/network.ts),
 * and removes files of a previous run that this one no longer has.
 */
export function writeDataset(
  outDir: string,
  index: DatasetIndex,
  bodies: ArticleBody[],
  search: SearchIndexOptions = {},
): void {
  writeShards(outDir, index, bodies);
  writeSearchIndex(outDir, index, bodies, search);
  writeNetwork(outDir, index);
}
