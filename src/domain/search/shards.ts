/**
 * How the serialised MiniSearch index is split on disk. `base.json` holds everything but the
 * inverted index (document ids, field lengths, stored fields); the terms are spread over
 * `terms-<n>.json` by the FNV-1a hash of their FIRST character. A query therefore loads only the
 * shards of its tokens' first characters, and a Latin prefix (`chen…` → `chengdu`) or a single
 * Han character (`陕` → `陕西`) always finds all its completions in one shard.
 */
export interface SearchManifest {
  version: 1;
  shardCount: number;
  documentCount: number;
  /** How many `base-<n>.json` files hold the document rows (base.json keeps the header). */
  baseParts: number;
  /** Byte size of each shard file, for the bench and for a loading budget. */
  shardBytes: number[];
}

/** The shard a term lives in: FNV-1a of its first code point, modulo the shard count. */
export function shardOfTerm(term: string, shardCount: number): number {
  if (shardCount <= 1) return 0;
  const first = term.codePointAt(0) ?? 0;
  let hash = 0x811c9dc5;
  for (let shift = 0; shift < 32; shift += 8) {
    hash ^= (first >>> shift) & 0xff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}

/** The shards a list of query tokens needs, ascending and without repeats. */
export function shardsForTokens(tokens: readonly string[], shardCount: number): number[] {
  return [...new Set(tokens.map((t) => shardOfTerm(t, shardCount)))].sort((a, b) => a - b);
}
