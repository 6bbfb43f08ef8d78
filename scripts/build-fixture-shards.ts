/**
 * Writes the sharded layout of the web tests' fixture dataset from its hand-checked source
 * (`tests/fixtures/dataset/index.json` + `articles/`), with the pipeline's own shard builder.
 * `npx tsx scripts/build-fixture-shards.ts`; tests/web/fixture-dataset.test.ts fails when stale.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleBodySchema, DatasetIndexSchema } from '../src/domain';
import { buildShards } from '../src/pipeline/shards/build-shards';
import { toCompactJson } from '../src/pipeline/shards/write-shards';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/dataset');

export function fixtureShards(dir = DIR): Map<string, unknown> {
  const index = DatasetIndexSchema.parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
  const bodies = readdirSync(join(dir, 'articles'))
    .sort()
    .map((f) =>
      ArticleBodySchema.parse(JSON.parse(readFileSync(join(dir, 'articles', f), 'utf8'))),
    );
  return buildShards(index, bodies);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const dir of ['summaries', 'entities', 'relations', 'bodies'])
    rmSync(join(DIR, dir), { recursive: true, force: true });
  for (const [path, value] of fixtureShards()) {
    mkdirSync(dirname(join(DIR, path)), { recursive: true });
    writeFileSync(join(DIR, path), toCompactJson(value));
  }
}
