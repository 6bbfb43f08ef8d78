import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATASET_FILES, type ArticleBody, type DatasetIndex } from '../domain';

/** One serialisation everywhere: 2-space JSON and a final newline, so equal data is equal bytes. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Writes index.json and articles/<id>.json, after clearing stale article files. */
export function writeDataset(outDir: string, index: DatasetIndex, bodies: ArticleBody[]): void {
  const articlesDir = join(outDir, dirname(DATASET_FILES.article('x')));
  mkdirSync(articlesDir, { recursive: true });
  for (const name of readdirSync(articlesDir))
    if (name.endsWith('.json')) rmSync(join(articlesDir, name));
  for (const body of bodies)
    writeFileSync(join(outDir, DATASET_FILES.article(body.id)), toJson(body));
  writeFileSync(join(outDir, DATASET_FILES.index), toJson(index));
}
