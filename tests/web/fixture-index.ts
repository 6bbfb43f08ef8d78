import { DatasetIndexSchema, entityShardKeys, type DatasetIndex } from '../../src/domain';
import { assembleDataset, type LoadedDataset } from '../../src/web/lib/api/assemble-dataset';
import type {
  EntityShardData,
  RelationShardData,
  SummaryShardData,
} from '../../src/web/lib/api/get-shards';
import type { Manifest } from '../../src/domain';
import { parseDocument, type DocumentKind } from '../../src/web/lib/api/parse-dataset';
import { readFixture } from './fixture-server';

/** The fixture index, parsed with the domain schema (as the app's data worker does). */
export const fixtureIndex: DatasetIndex = DatasetIndexSchema.parse(
  JSON.parse(readFixture('index.json')),
);

const parse = <T>(kind: DocumentKind, path: string) =>
  parseDocument(kind, path, readFixture(path)) as T;

/** The fixture as the app assembles it from its served shards (with per-entity aggregates). */
export function fixtureDataset(): LoadedDataset {
  const manifest = parse<Manifest>('manifest', 'manifest.json');
  const keys = entityShardKeys(manifest.shards.entities);
  return assembleDataset(
    manifest,
    manifest.shards.summaries.map((_, k) =>
      parse<SummaryShardData>('summaries', `summaries/${k}.json`),
    ),
    keys.map((key) => parse<EntityShardData>('entities', `entities/${key}.json`)),
    keys.map((key) => parse<RelationShardData>('relations', `relations/${key}.json`)),
  );
}
