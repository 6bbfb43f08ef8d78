import type MiniSearch from 'minisearch';
import {
  encodeBase,
  encodeTerm,
  SEARCH_FILES,
  splitBaseRows,
  shardOfTerm,
  type EncodedTerm,
  type SearchDocument,
  type SearchManifest,
  type TermEntry,
} from '../../domain/search';

/** Below this many bytes of encoded terms the index stays in one term file. */
export const SHARD_THRESHOLD_BYTES = 2_000_000;
/** Above it, shards of about this size (≈ 50 KB gzip): a query waits for little beyond its terms. */
export const SHARD_TARGET_BYTES = 250_000;
/** Rows of the base per file: well under any static host's file limit, and parsed in parallel. */
export const BASE_PART_BYTES = 4_000_000;

export interface SplitIndex {
  manifest: SearchManifest;
  /** base.json: the header (field ids, counts). */
  base: string;
  /** base-<n>.json: the document rows. */
  baseParts: string[];
  shards: string[];
}

/** Every file of a split index by its path under the dataset root. */
export function searchIndexFiles(split: SplitIndex): Map<string, string> {
  const files = new Map<string, string>([
    [SEARCH_FILES.manifest, `${JSON.stringify(split.manifest)}\n`],
    [SEARCH_FILES.base, split.base],
  ]);
  split.baseParts.forEach((part, n) => files.set(SEARCH_FILES.basePart(n), part));
  split.shards.forEach((shard, n) => files.set(SEARCH_FILES.shard(n), shard));
  return files;
}

/** One shard below the threshold; above it, enough shards for about SHARD_TARGET_BYTES each. */
export function shardCountFor(termBytes: number): number {
  return termBytes <= SHARD_THRESHOLD_BYTES ? 1 : Math.ceil(termBytes / SHARD_TARGET_BYTES);
}

/**
 * Splits MiniSearch's serialised form into the base (everything but the terms) and term shards
 * keyed by the first character of each term (see src/domain/search/shards.ts), both in the
 * compact encoding of shard-codec.ts. `shardCount` overrides the size rule (tests force several
 * shards on the small seed set).
 */
export function splitSearchIndex(
  mini: MiniSearch<SearchDocument>,
  shardCount?: number,
): SplitIndex {
  const { index, ...rest } = mini.toJSON() as unknown as Parameters<typeof encodeBase>[0] & {
    index: TermEntry[];
  };
  const encoded = index.map(encodeTerm);
  const termBytes = encoded.reduce((sum, row) => sum + JSON.stringify(row).length + 1, 0);
  const count = shardCount ?? shardCountFor(termBytes);
  const buckets: EncodedTerm[][] = Array.from({ length: count }, () => []);
  for (const row of encoded) buckets[shardOfTerm(String(row[0]), count)]!.push(row);
  const shards = buckets.map((b) => JSON.stringify(b));
  const { header, parts } = splitBaseRows(encodeBase(rest), BASE_PART_BYTES);
  const manifest: SearchManifest = {
    version: 1,
    shardCount: count,
    documentCount: rest.documentCount,
    baseParts: parts.length,
    shardBytes: shards.map((s) => Buffer.byteLength(s)),
  };
  return {
    manifest,
    base: JSON.stringify(header),
    baseParts: parts.map((part) => JSON.stringify(part)),
    shards,
  };
}
