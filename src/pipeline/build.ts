import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Resources, Warning } from './context';
import { buildDataset, type BuiltDataset } from './build-dataset';
import type { Doc } from './doc';
import { makeSimplifier } from './lib/chinese';
import { loadCuration } from './lib/curation';
import { EMPTY_GAZETTEER, loadGazetteer } from './lib/gazetteer';
import { processFile } from './run';

export interface FileReport {
  file: string;
  status: 'written' | 'rejected';
  articleId?: string;
  reason?: string;
  warnings: Warning[];
}

export interface RunOutcome extends BuiltDataset {
  files: FileReport[];
  /** Warnings about the run itself (missing gazetteer, …), not about one file. */
  runWarnings: Warning[];
  stats: Map<string, number>;
}

/** Curation tables, gazetteer and the Simplified converter, read once per run. */
export function loadResources(
  curationDir: string,
  gazetteerPath: string,
): { res: Resources; runWarnings: Warning[] } {
  const curation = loadCuration(curationDir);
  const loaded = loadGazetteer(gazetteerPath);
  const runWarnings: Warning[] = [];
  if (!loaded)
    runWarnings.push({
      rule: 'gazetteer-missing',
      message: `${gazetteerPath} not found; no regions matched`,
    });
  else if (loaded.dropped.length)
    runWarnings.push({
      rule: 'gazetteer-duplicate-code',
      message: `rows dropped: ${loaded.dropped.join(', ')}`,
    });
  const gazetteer = loaded?.gazetteer ?? EMPTY_GAZETTEER;
  return { res: { curation, gazetteer, simplify: makeSimplifier(curation.variants) }, runWarnings };
}

/** Every regular, non-hidden file directly in `dir`, in a stable order. */
export function inputFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

/** Reads, cleans and extracts every file in `inDir`. read = written + rejected, always. */
export function runPipeline(
  inDir: string,
  res: Resources,
  runWarnings: Warning[] = [],
): RunOutcome {
  const stats = new Map<string, number>();
  const files: FileReport[] = [];
  const docs: Doc[] = [];
  const owners = new Map<string, string>();
  for (const file of inputFiles(inDir)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(inDir, file));
    } catch (e) {
      files.push({
        file,
        status: 'rejected',
        reason: `cannot read file: ${(e as Error).message}`,
        warnings: [],
      });
      continue;
    }
    const result = processFile(file, bytes, res, stats);
    if (result.status === 'rejected') {
      files.push({ file, status: 'rejected', reason: result.reason, warnings: result.warnings });
      continue;
    }
    const owner = owners.get(result.doc.id);
    if (owner) {
      files.push({
        file,
        status: 'rejected',
        reason: `duplicate article id ${result.doc.id} (same as ${owner})`,
        warnings: result.warnings,
      });
      continue;
    }
    owners.set(result.doc.id, file);
    docs.push(result.doc);
    files.push({ file, status: 'written', articleId: result.doc.id, warnings: result.warnings });
  }
  const built = buildDataset(docs, res);
  for (const f of files) f.warnings.push(...(built.warnings.get(f.file) ?? []));
  return { ...built, files, runWarnings, stats };
}
