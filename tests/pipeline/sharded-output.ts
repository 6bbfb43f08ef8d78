import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  BodyShardFileSchema,
  DATASET_FILES,
  EntityShardSchema,
  ManifestSchema,
  RelationShardSchema,
  SummaryShardSchema,
  decodeRelations,
  entityShardKeys,
  type ArticleBody,
  type Manifest,
  type DatasetIndex,
} from '../../src/domain';

/** Every file under a directory, `/`-separated relative path → size in bytes. */
export function filesUnder(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const abs = join(at, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out.set(relative(dir, abs).split('\\').join('/'), statSync(abs).size);
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const read = (dir: string, path: string): unknown =>
  JSON.parse(readFileSync(join(dir, path), 'utf8'));

/**
 * Reads a sharded dataset folder back, validating every file against its schema: the manifest,
 * the version-1 index shape reassembled (relations once each) and the bodies.
 */
export function readShardedDataset(dir: string): {
  manifest: Manifest;
  index: DatasetIndex;
  bodies: ArticleBody[];
} {
  const manifest = ManifestSchema.parse(read(dir, DATASET_FILES.manifest));
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);
  const articles = range(manifest.shards.summaries.length).flatMap(
    (k) => SummaryShardSchema.parse(read(dir, DATASET_FILES.summaries(k))).articles,
  );
  const keys = entityShardKeys(manifest.shards.entities);
  const entities = keys.flatMap(
    (k) => EntityShardSchema.parse(read(dir, DATASET_FILES.entities(k))).entities,
  );
  const relations = new Map(
    keys
      .flatMap((k) =>
        decodeRelations(RelationShardSchema.parse(read(dir, DATASET_FILES.relations(k)))),
      )
      .map((r) => [r.id, r]),
  );
  const bodies = range(manifest.shards.bodies).flatMap((k) =>
    BodyShardFileSchema.parse(read(dir, DATASET_FILES.bodies(k))).articles.map((r) => r.body),
  );
  const regions = manifest.regions.map(({ stats: _s, ...r }) => r);
  return {
    manifest,
    index: { schemaVersion: 1, articles, entities, relations: [...relations.values()], regions },
    bodies,
  };
}
