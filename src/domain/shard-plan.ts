import { hash32 } from './ids';

/**
 * How the dataset is cut into files: a pure function of the counts, so the same dataset always
 * gives the same files, and the budget test can check a plan for 100k articles without building
 * it. Zod-free: the browser uses `shardOf` to find the file holding an id.
 */

/** Hard limits for the whole output folder (issue 8), checked by tests/pipeline/shard-budget.test.ts. */
export const OUTPUT_LIMITS = {
  totalBytes: 1_000_000_000,
  files: 20_000,
  fileBytes: 25 * 1024 * 1024,
} as const;

/**
 * Bytes of one record in compact JSON, as written: the synthetic corpus at 10k articles measured
 * 921 (summary), 472 (entity with its stats), 239 (one copy of a relation, evidence shared) and
 * 4 756 (body record: body, summary, named entities, removals shared); rounded up about 10%.
 * tests/pipeline/shard-budget.test.ts checks them against a fresh synthetic run.
 */
export const RECORD_BYTES = {
  summary: 1_000,
  entity: 520,
  relation: 265,
  body: 5_200,
} as const;

/** The search index and the network file, written beside the shards by their own modules. */
export const OTHER_OUTPUT_ALLOWANCE = { files: 100, bytesPerArticle: 900 } as const;

/** A shard aims at this size: big enough for few requests, small enough to parse in a blink. */
export const TARGET_SHARD_BYTES = 2 * 1024 * 1024;

/** Summaries per shard, in date order: the timeline streams them in this order. */
export const SUMMARIES_PER_SHARD = 2_000;

/** Entity ids start with their kind: `c-` collaboration, `i-` institution, `p-` person. */
export type EntityPrefix = 'c' | 'i' | 'p';
export const ENTITY_PREFIXES: readonly EntityPrefix[] = ['c', 'i', 'p'];

export type ShardCounts = {
  articles: number;
  /** Entities per kind, by id prefix. */
  entities: Record<EntityPrefix, number>;
  relations: number;
};

export type ShardPlan = {
  /** Summary shards: `ceil(articles / SUMMARIES_PER_SHARD)`, filled in date order. */
  summaries: number;
  /**
   * Entity shards per kind, so a list of collaborations (the alliances table, the timeline's type
   * facets) loads no institution or person. Relation shards share the partition: a relation is
   * stored with each of its ends, so an entity page loads one entity and one relation shard.
   */
  entities: Record<EntityPrefix, number>;
  /** Body shards: `shardOf(articleId, bodies)`. */
  bodies: number;
};

const shardsFor = (bytes: number) => Math.max(1, Math.ceil(bytes / TARGET_SHARD_BYTES));

export function planShards({ articles, entities, relations }: ShardCounts): ShardPlan {
  // Any kind may hold the end of every relation (members of collaborations, co-mentions of
  // institutions), so each kind's shards are sized for all relations or all its entities.
  const kind = (n: number) =>
    shardsFor(Math.max(n * RECORD_BYTES.entity, relations * RECORD_BYTES.relation));
  return {
    summaries: Math.max(1, Math.ceil(articles / SUMMARIES_PER_SHARD)),
    entities: { c: kind(entities.c), i: kind(entities.i), p: kind(entities.p) },
    bodies: shardsFor(articles * RECORD_BYTES.body),
  };
}

/** The shard (0 … count-1) holding an id: FNV-1a of the id, stable across platforms. */
export function shardOf(id: string, count: number): number {
  return Number.parseInt(hash32(id), 16) % count;
}

/** The kind prefix of an entity id, or null for an id that is not an entity's. */
export function entityPrefix(id: string): EntityPrefix | null {
  const p = id[0];
  return id[1] === '-' && (p === 'c' || p === 'i' || p === 'p') ? p : null;
}

/** The entity (and relation) shard key of an entity id, e.g. `c3`; null for a malformed id. */
export function entityShardKey(id: string, shards: Record<EntityPrefix, number>): string | null {
  const prefix = entityPrefix(id);
  return prefix ? `${prefix}${shardOf(id, shards[prefix])}` : null;
}

/** Every entity shard key of the given kinds, in order (`c0`, `c1`, …, `i0`, …). */
export function entityShardKeys(
  shards: Record<EntityPrefix, number>,
  kinds: readonly EntityPrefix[] = ENTITY_PREFIXES,
): string[] {
  return kinds.flatMap((p) => Array.from({ length: shards[p] }, (_, k) => `${p}${k}`));
}

export type OutputEstimate = { files: number; totalBytes: number; largestFileBytes: number };

/**
 * What a plan writes, from the record sizes (plus an allowance for the files other modules
 * write beside the shards). Hash shards are never perfectly even: the largest is taken as the
 * mean plus six standard deviations of a binomial draw, plus one.
 */
export function estimateOutput(counts: ShardCounts, plan: ShardPlan): OutputEstimate {
  const hashed = (n: number, k: number) => {
    const mean = n / k;
    return mean + 6 * Math.sqrt(mean) + 1;
  };
  const entityCount = counts.entities.c + counts.entities.i + counts.entities.p;
  const entityFiles = plan.entities.c + plan.entities.i + plan.entities.p;
  const largest = Math.max(
    SUMMARIES_PER_SHARD * RECORD_BYTES.summary,
    ...ENTITY_PREFIXES.map(
      (p) => hashed(counts.entities[p], plan.entities[p]) * RECORD_BYTES.entity,
    ),
    // Worst case: every relation has an end of the kind with the fewest shards.
    ...ENTITY_PREFIXES.map(
      (p) => hashed(counts.relations, plan.entities[p]) * RECORD_BYTES.relation,
    ),
    hashed(counts.articles, plan.bodies) * RECORD_BYTES.body,
  );
  return {
    // + the manifest, + the search index and network file
    files: 1 + plan.summaries + 2 * entityFiles + plan.bodies + OTHER_OUTPUT_ALLOWANCE.files,
    totalBytes:
      counts.articles * RECORD_BYTES.summary +
      entityCount * RECORD_BYTES.entity +
      counts.relations * 2 * RECORD_BYTES.relation +
      counts.articles * RECORD_BYTES.body +
      counts.articles * OTHER_OUTPUT_ALLOWANCE.bytesPerArticle,
    largestFileBytes: Math.ceil(largest),
  };
}
