import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Resources, Warning } from './context';
import { buildDataset, type BuiltDataset } from './build-dataset';
import type { Doc } from './doc';
import { makeMatchText } from './lib/chinese';
import { loadExtractionTables } from './extraction-tables';
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
  /** Wall time of the two halves of the run, for the benchmark. */
  timings: { cleanMs: number; extractMs: number };
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
  const extraction = loadExtractionTables(curationDir);
  return {
    res: { curation, gazetteer, simplify: makeMatchText(curation), extraction },
    runWarnings,
  };
}

/**
 * Every regular, non-hidden file under `dir`, as `/`-separated paths relative to it, in code-unit
 * order. Subfolders are walked; a symbolic link to a folder is not (no cycles), a link to a file
 * (or a broken link, reported as unreadable) is an input like any other.
 */
export function inputFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const f of inputFiles(dir, rel)) out.push(f);
    else if (entry.isFile() || (entry.isSymbolicLink() && !isDir(join(dir, rel)))) out.push(rel);
  }
  return prefix ? out : out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What the dataset builder needs of a doc: the raw bytes and decoded text can go. */
const slim = (doc: Doc): Doc => ({ ...doc, bytes: new Uint8Array(0), text: '', body: '' });

/** Reads, cleans and extracts every file in `inDir`. read = written + rejected, always. */
export function runPipeline(
  inDir: string,
  res: Resources,
  runWarnings: Warning[] = [],
  onProgress?: (done: number, total: number) => void,
): RunOutcome {
  const stats = new Map<string, number>();
  const files: FileReport[] = [];
  const docs: Doc[] = [];
  const owners = new Map<string, string>();
  const started = performance.now();
  const all = inputFiles(inDir);
  for (const [n, file] of all.entries()) {
    onProgress?.(n, all.length);
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
    docs.push(slim(result.doc));
    files.push({ file, status: 'written', articleId: result.doc.id, warnings: result.warnings });
  }
  onProgress?.(all.length, all.length);
  const cleaned = performance.now();
  const built = buildDataset(docs, res);
  for (const f of files) f.warnings.push(...(built.warnings.get(f.file) ?? []));
  const timings = { cleanMs: cleaned - started, extractMs: performance.now() - cleaned };
  return { ...built, files, runWarnings, stats, timings };
}
