/** Paths of the generated files, relative to the dataset root (`public/data`). */
export const DATASET_FILES = {
  /** Schema version 1 (one index, one file per body): no longer written; the pipeline removes them. */
  index: 'index.json',
  article: (id: string) => `articles/${id}.json`,
  /** The sharded layout (schema version 2, src/domain/shards.ts). */
  manifest: 'manifest.json',
  summaries: (k: number) => `summaries/${k}.json`,
  /** `key`: kind prefix and shard number, e.g. `c3` (src/domain/shard-plan.ts `entityShardKey`). */
  entities: (key: string) => `entities/${key}.json`,
  relations: (key: string) => `relations/${key}.json`,
  bodies: (k: number) => `bodies/${k}.json`,
  /** The laid-out graph of the network view (src/domain/network.ts). */
  network: 'network.json',
} as const;
