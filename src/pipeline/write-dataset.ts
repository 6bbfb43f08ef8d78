import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DATASET_FILES, type ArticleBody, type DatasetIndex } from '../domain';

/** One serialisation everywhere: 2-space JSON and a final newline, so equal data is equal bytes. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes index.json and articles/<id>.json, and removes article files of a previous run that
 * this one no longer has (overwriting the rest is cheaper than clearing the folder first).
 */
export function writeDataset(outDir: string, index: DatasetIndex, bodies: ArticleBody[]): void {
  const articlesDir = join(outDir, dirname(DATASET_FILES.article('x')));
  mkdirSync(articlesDir, { recursive: true });
  const current = new Set(bodies.map((b) => basename(DATASET_FILES.article(b.id))));
  for (const name of readdirSync(articlesDir))
    if (name.endsWith('.json') && !current.has(name)) rmSync(join(articlesDir, name));
  for (const body of bodies)
    writeFileSync(join(outDir, DATASET_FILES.article(body.id)), toJson(body));
  writeFileSync(join(outDir, DATASET_FILES.index), toJson(index));
}
