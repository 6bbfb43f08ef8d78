/**
 * A synthetic dataset for the bench: `articles` raw articles from the generator (scripts/synthetic,
 * seeded), through the real pipeline CLI, with the pipeline's own figures. Lives in a temp folder
 * the caller removes (`cleanup`).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { OUTPUT_LIMITS } from '../../src/domain/shard-plan';
import { generateCorpus } from '../synthetic/cli';
import { pipelineFigures, runCli, type PipelineFigures } from './pipeline-run';
import { ROOT } from './site';

export interface BenchDataset {
  articles: number;
  /** The written dataset (what the app serves as data/). */
  dir: string;
  pipeline: PipelineFigures;
  cleanup(): void;
}

export async function makeDataset(articles: number, seed = 1): Promise<BenchDataset> {
  const work = mkdtempSync(join(tmpdir(), `aa-bench-${articles}-`));
  const cwd = process.cwd();
  process.chdir(ROOT); // the generator reads data/gazetteer relative to the repository
  try {
    generateCorpus({ articles, out: join(work, 'raw'), seed, truth: join(work, 'truth.jsonl') });
  } finally {
    process.chdir(cwd);
  }
  const dir = join(work, 'data');
  const pipeline = pipelineFigures(articles, await runCli(join(work, 'raw'), dir));
  // The raw corpus is no longer needed; at 100k it is most of the disk the bench uses.
  rmSync(join(work, 'raw'), { recursive: true, force: true });
  return { articles, dir, pipeline, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/** Files, bytes and the largest file of a written dataset, against the limits at 100k. */
export function outputFigures(dir: string) {
  let files = 0;
  let totalBytes = 0;
  let largest = { file: '', bytes: 0 };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (!stat.isFile()) continue;
    files++;
    totalBytes += stat.size;
    if (stat.size > largest.bytes)
      largest = { file: relative(dir, join(dir, name)), bytes: stat.size };
  }
  return {
    files,
    totalBytes,
    largestFile: largest.file,
    largestFileBytes: largest.bytes,
    withinLimits:
      files <= OUTPUT_LIMITS.files &&
      totalBytes <= OUTPUT_LIMITS.totalBytes &&
      largest.bytes <= OUTPUT_LIMITS.fileBytes,
  };
}
