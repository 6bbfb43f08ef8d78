import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Warning } from './context';
import { loadResources, runPipeline, type RunOutcome } from './build';
import { validateDataset } from './validate-dataset';
import { toJson, writeDataset } from './write-dataset';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE =
  'usage: npm run data -- [--in DIR] [--out DIR] [--strict] [--report FILE] [--curation DIR] [--gazetteer FILE]';

function groupedWarnings(outcome: RunOutcome): string[] {
  const groups = new Map<string, string[]>();
  const add = (w: Warning, where: string) =>
    groups.set(w.rule, [...(groups.get(w.rule) ?? []), `${where}: ${w.message}`]);
  outcome.runWarnings.forEach((w) => add(w, 'run'));
  outcome.files.forEach((f) => f.warnings.forEach((w) => add(w, f.file)));
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([rule, items]) => [`  ${rule} (${items.length})`, ...items.map((i) => `    ${i}`)]);
}

function removalCounts(outcome: RunOutcome): string {
  const counts = new Map<string, number>();
  for (const body of outcome.bodies)
    for (const r of body.removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + (r.count ?? 1));
  return (
    [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none'
  );
}

/** Runs the pipeline with CLI arguments; returns the exit code (0 ok, 1 strict failure, 2 error). */
export function main(
  argv: string[],
  log: (line: string) => void = console.log,
  error: (line: string) => void = console.error,
): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        in: { type: 'string', default: resolve(ROOT, 'data/raw') },
        out: { type: 'string', default: resolve(ROOT, 'public/data') },
        strict: { type: 'boolean', default: false },
        report: { type: 'string' },
        curation: { type: 'string', default: resolve(ROOT, 'data/curation') },
        gazetteer: { type: 'string', default: resolve(ROOT, 'data/gazetteer/regions.json') },
      },
    }));
  } catch (e) {
    error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  let outcome: RunOutcome;
  try {
    const { res, runWarnings } = loadResources(resolve(values.curation), resolve(values.gazetteer));
    outcome = runPipeline(resolve(values.in), res, runWarnings);
  } catch (e) {
    error(`data: ${(e as Error).message}`);
    return 2;
  }
  const problems = validateDataset(outcome.index, outcome.bodies);
  if (problems.length) {
    error(
      `data: output does not match the domain schemas; nothing written:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    return 2;
  }
  const out = resolve(values.out);
  writeDataset(out, outcome.index, outcome.bodies);
  const written = outcome.files.filter((f) => f.status === 'written').length;
  const rejected = outcome.files.length - written;
  const summary = { read: outcome.files.length, written, rejected };
  if (values.report) {
    mkdirSync(dirname(resolve(values.report)), { recursive: true });
    writeFileSync(resolve(values.report), toJson({ files: outcome.files, summary }));
  }
  const { index } = outcome;
  log(`${summary.read} read, ${summary.written} written, ${summary.rejected} rejected`);
  log(
    `dataset: ${index.articles.length} articles, ${index.entities.length} entities, ${index.relations.length} relations, ${index.regions.length} regions → ${out}`,
  );
  log(`removed: ${removalCounts(outcome)}`);
  for (const f of outcome.files)
    if (f.status === 'rejected') log(`rejected ${f.file}: ${f.reason}`);
  const warnings = groupedWarnings(outcome);
  if (warnings.length) log(`warnings by rule:\n${warnings.join('\n')}`);
  const warned =
    outcome.runWarnings.length + outcome.files.reduce((n, f) => n + f.warnings.length, 0);
  if (values.strict && (rejected > 0 || warned > 0)) {
    error(`data: --strict: ${rejected} rejected, ${warned} warnings`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
