import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleBody, ArticleSummary, DatasetIndex, Entity } from '../../src/domain';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const jsonFiles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];

/**
 * What the search index is built from, read back from a written dataset: the sharded layout
 * (manifest.json, bodies/ with summary + body records, entities/) or the older index.json +
 * articles/. Only articles and entities are read: search needs nothing else.
 */
export function readDatasetForSearch(dir: string): { index: DatasetIndex; bodies: ArticleBody[] } {
  if (existsSync(join(dir, 'manifest.json'))) {
    const articles: ArticleSummary[] = [];
    const bodies: ArticleBody[] = [];
    for (const f of jsonFiles(join(dir, 'bodies')))
      for (const r of readJson<{ articles: { summary: ArticleSummary; body: ArticleBody }[] }>(
        join(dir, 'bodies', f),
      ).articles) {
        articles.push(r.summary);
        bodies.push(r.body);
      }
    const entities = jsonFiles(join(dir, 'entities')).flatMap(
      (f) => readJson<{ entities: Entity[] }>(join(dir, 'entities', f)).entities,
    );
    articles.sort((a, b) => (a.id < b.id ? -1 : 1));
    entities.sort((a, b) => (a.id < b.id ? -1 : 1));
    const index = { schemaVersion: 1, articles, entities, relations: [], regions: [] };
    return { index: index as unknown as DatasetIndex, bodies };
  }
  const index = readJson<DatasetIndex>(join(dir, 'index.json'));
  const bodies = jsonFiles(join(dir, 'articles')).map((f) =>
    readJson<ArticleBody>(join(dir, 'articles', f)),
  );
  return { index, bodies };
}
