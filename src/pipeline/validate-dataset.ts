import type { z } from 'zod';
import {
  ArticleBodySchema,
  DATASET_FILES,
  DatasetIndexSchema,
  type ArticleBody,
  type DatasetIndex,
} from '../domain';

function issues(file: string, error: z.ZodError): string[] {
  return error.issues
    .slice(0, 20)
    .map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
}

/**
 * The whole output against the domain schemas, before anything is written. Returns the problems
 * (empty when valid), each prefixed with the file it would have gone to.
 */
export function validateDataset(index: DatasetIndex, bodies: ArticleBody[]): string[] {
  const problems: string[] = [];
  const parsed = DatasetIndexSchema.safeParse(index);
  if (!parsed.success) problems.push(...issues(DATASET_FILES.index, parsed.error));
  const summaries = new Set(index.articles.map((a) => a.id));
  for (const body of bodies) {
    const r = ArticleBodySchema.safeParse(body);
    if (!r.success) problems.push(...issues(DATASET_FILES.article(body.id), r.error));
    if (!summaries.has(body.id))
      problems.push(`${DATASET_FILES.article(body.id)}: no entry in ${DATASET_FILES.index}`);
  }
  if (bodies.length !== index.articles.length)
    problems.push(`${index.articles.length} summaries but ${bodies.length} bodies`);
  return problems;
}
