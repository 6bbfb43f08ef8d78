import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadResources, runPipeline, type RunOutcome } from './build';
import { progressReporter, type ProgressSink } from './progress';
import { countsOf, summaryLines } from './summary';
import { validateDataset } from './validate-dataset';
import { toJson, writeDataset } from './write-dataset';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE =
  'usage: npm run data -- [--in DIR] [--out DIR] [--strict] [--report FILE] [--curation DIR] [--gazetteer FILE]';
/** Set by scripts/bench/bench-pipeline.ts: print timings and peak memory as one JSON line. */
const BENCH_ENV = 'PIPELINE_BENCH_STATS';

/** `--report FILE`: one entry per input file, exactly the shape documented in the README. */
function reportOf(outcome: RunOutcome) {
  const { read, written, rejected } = countsOf(outcome);
  return { files: outcome.files, summary: { read, written, rejected } };
}

/**
 * Runs the pipeline with CLI arguments; returns the exit code: 0 ok; 1 with `--strict` when a
 * file was rejected or anything warned; 2 on bad arguments, an unreadable input folder, a broken
 * curation table, output that would not validate (nothing is written) or a failed write.
 */
export function main(
  argv: string[],
  log: (line: string) => void = console.log,
  error: (line: string) => void = console.error,
  progressSink: ProgressSink = process.stderr,
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
  const t0 = performance.now();
  const progress = progressReporter(progressSink);
  let outcome: RunOutcome;
  // The run's match text (its --curation), so the search index folds text as the run did.
  let simplify: ((text: string) => string) | undefined;
  try {
    const { res, runWarnings } = loadResources(resolve(values.curation), resolve(values.gazetteer));
    simplify = res.simplify;
    outcome = runPipeline(resolve(values.in), res, runWarnings, progress.update);
  } catch (e) {
    progress.finish();
    error(`data: ${(e as Error).message}`);
    return 2;
  }
  progress.finish();
  const t1 = performance.now();
  const problems = validateDataset(outcome.index, outcome.bodies);
  if (problems.length) {
    error(
      `data: output does not match the domain schemas; nothing written:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    return 2;
  }
  const t2 = performance.now();
  const out = resolve(values.out);
  try {
    writeDataset(out, outcome.index, outcome.bodies, { simplify });
    if (values.report) {
      mkdirSync(dirname(resolve(values.report)), { recursive: true });
      writeFileSync(resolve(values.report), toJson(reportOf(outcome)));
    }
  } catch (e) {
    error(`data: cannot write the output: ${(e as Error).message}`);
    return 2;
  }
  summaryLines(outcome, out).forEach((line) => log(line));
  if (process.env[BENCH_ENV]) {
    const usage = process.resourceUsage();
    const stats = {
      ...countsOf(outcome),
      loadAndRunMs: Math.round(t1 - t0),
      cleanMs: Math.round(outcome.timings.cleanMs),
      extractMs: Math.round(outcome.timings.extractMs),
      validateMs: Math.round(t2 - t1),
      writeMs: Math.round(performance.now() - t2),
      cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
      maxRssKb: usage.maxRSS,
    };
    error(`bench ${JSON.stringify(stats)}`);
  }
  const { rejected, warnings } = countsOf(outcome);
  if (values.strict && (rejected > 0 || warnings > 0)) {
    error(`data: --strict: ${rejected} rejected, ${warnings} warnings`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
