// @vitest-environment node
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic/cli';
import { OUTPUT_LIMITS, planShards, shardOf } from '../../src/domain';
import { RECORD_BYTES, estimateOutput, type ShardCounts } from '../../src/domain/shard-plan';
import { main } from '../../src/pipeline/cli';
import { RAW } from './helpers';
import { filesUnder, readShardedDataset } from './sharded-output';

const quiet = () => undefined;
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `aa-${name}-`));

/** Counts, total bytes and largest file of a dataset folder, checked against OUTPUT_LIMITS. */
function within(dir: string) {
  const sizes = [...filesUnder(dir).values()];
  return {
    files: sizes.length,
    totalBytes: sizes.reduce((a, b) => a + b, 0),
    largestFileBytes: Math.max(...sizes),
  };
}

const expectWithinLimits = (o: { files: number; totalBytes: number; largestFileBytes: number }) => {
  expect(o.files).toBeLessThanOrEqual(OUTPUT_LIMITS.files);
  expect(o.totalBytes).toBeLessThanOrEqual(OUTPUT_LIMITS.totalBytes);
  expect(o.largestFileBytes).toBeLessThanOrEqual(OUTPUT_LIMITS.fileBytes);
};

describe('output budget: ≤ 1 GB, ≤ 20,000 files, no file > 25 MiB', () => {
  it('holds for the plan of 100k articles (as many entities and relations as the synthetic corpus, +10%)', () => {
    // The 100k synthetic run (seed 1): 11 257 collaborations, 33 501 institutions, 36 104 people,
    // 388 375 relations; it wrote 884 MB in 693 files, the largest shard 2.5 MB.
    const counts: ShardCounts = {
      articles: 100_000,
      entities: { c: 12_400, i: 36_900, p: 39_800 },
      relations: 427_000,
    };
    const plan = planShards(counts);
    const estimate = estimateOutput(counts, plan);
    expectWithinLimits(estimate);
    // Shards stay small enough to parse without a stall and few enough to list.
    expect(estimate.largestFileBytes).toBeLessThan(4 * 1024 * 1024);
    expect(estimate.files).toBeLessThan(1_000);
  });

  it('plans from counts alone: same counts, same plan; more data, never fewer shards', () => {
    const small = {
      articles: 10_000,
      entities: { c: 2_000, i: 7_000, p: 3_000 },
      relations: 40_000,
    };
    expect(planShards(small)).toEqual(planShards({ ...small }));
    const big = planShards({
      articles: 100_000,
      entities: { c: 20_000, i: 70_000, p: 30_000 },
      relations: 400_000,
    });
    const plan = planShards(small);
    expect(big.summaries).toBeGreaterThanOrEqual(plan.summaries);
    for (const p of ['c', 'i', 'p'] as const)
      expect(big.entities[p]).toBeGreaterThanOrEqual(plan.entities[p]);
    expect(big.bodies).toBeGreaterThanOrEqual(plan.bodies);
    expect(planShards({ articles: 0, entities: { c: 0, i: 0, p: 0 }, relations: 0 })).toEqual({
      summaries: 1,
      entities: { c: 1, i: 1, p: 1 },
      bodies: 1,
    });
  });

  it('places an id in a stable shard (FNV-1a), the same in Node and the browser', () => {
    expect([
      shardOf('a', 7),
      shardOf('c-1a2b3c4d', 12),
      shardOf('000_8acf72d1639afed9', 43),
      shardOf('x', 1),
    ]).toEqual([5, 1, 37, 0]);
  });

  it('holds for the real seeds output', () => {
    const out = tmp('budget-seeds');
    expect(main(['--in', RAW, '--out', out], quiet, quiet)).toBe(0);
    expectWithinLimits(within(out));
  });

  it('has record sizes within the estimates on a synthetic corpus', { timeout: 60_000 }, () => {
    const raw = tmp('budget-raw');
    generateCorpus({ articles: 400, out: raw, truth: join(tmp('budget-truth'), 't.jsonl') });
    const out = tmp('budget-out');
    expect(main(['--in', raw, '--out', out], quiet, quiet)).toBe(0);
    const { manifest } = readShardedDataset(out);
    const bytes = (prefix: string) =>
      [...filesUnder(out)].filter(([p]) => p.startsWith(prefix)).reduce((a, [, n]) => a + n, 0);
    const relationCopies = [...filesUnder(out).keys()]
      .filter((p) => p.startsWith('relations/'))
      .reduce((n, p) => n + JSON.parse(readFileSync(join(out, p), 'utf8')).relations.length, 0);
    expect(bytes('summaries/') / manifest.counts.articles).toBeLessThanOrEqual(
      RECORD_BYTES.summary,
    );
    expect(bytes('entities/') / manifest.counts.entities).toBeLessThanOrEqual(RECORD_BYTES.entity);
    expect(bytes('relations/') / relationCopies).toBeLessThanOrEqual(RECORD_BYTES.relation);
    expect(bytes('bodies/') / manifest.counts.articles).toBeLessThanOrEqual(RECORD_BYTES.body);
  });
});
