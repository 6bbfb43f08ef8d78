import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATASET_FILES, type ArticleBody, type DatasetIndex } from '../../domain';
import { buildShards } from './build-shards';

/** Compact JSON and a final newline: at 100k articles indentation alone would be ~30% of the output. */
export const toCompactJson = (value: unknown): string => `${JSON.stringify(value)}\n`;

const SHARD_DIRS = ['summaries', 'entities', 'relations', 'bodies'] as const;

/**
 * Writes the sharded layout (manifest + shards) and removes what a previous run left behind:
 * shard files this plan no longer has, and the one-file layout of schema version 1
 * (`index.json`, `articles/`). Returns the relative paths written.
 */
export function writeShards(
  outDir: string,
  index: DatasetIndex,
  bodies: readonly ArticleBody[],
): string[] {
  const files = buildShards(index, bodies);
  for (const dir of SHARD_DIRS) {
    const abs = join(outDir, dir);
    mkdirSync(abs, { recursive: true });
    for (const name of readdirSync(abs))
      if (name.endsWith('.json') && !files.has(`${dir}/${name}`)) rmSync(join(abs, name));
  }
  rmSync(join(outDir, DATASET_FILES.index), { force: true });
  const legacy = join(outDir, dirname(DATASET_FILES.article('x')));
  if (existsSync(legacy)) rmSync(legacy, { recursive: true });
  for (const [path, value] of files) writeFileSync(join(outDir, path), toCompactJson(value));
  return [...files.keys()];
}
