/**
 * Pipeline benchmark: `npm run bench:pipeline [-- --sizes 1000,10000 --seed 1 --keep]`.
 * Generates synthetic raw corpora in the seed shapes (scripts/synthetic), runs the real CLI on
 * each as a child process (`node --import tsx src/pipeline/cli.ts --in … --out …`), and reports
 * wall time, articles/s, CPU time and peak memory. Writes bench/pipeline.json (gitignored).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../synthetic/cli';
import { pipelineFigures, runCli } from './pipeline-run';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: npm run bench:pipeline -- [--sizes 1000,10000] [--seed 1] [--keep]');
  process.exit(2);
}

process.chdir(ROOT); // the generator reads data/gazetteer relative to the repository
const results = [];
for (const articles of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `aa-bench-${articles}-`));
  const raw = join(dir, 'raw');
  generateCorpus({
    articles,
    out: raw,
    seed: Number(values.seed),
    truth: join(dir, 'truth.jsonl'),
  });
  results.push(pipelineFigures(articles, await runCli(raw, join(dir, 'out'))));
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}

const header = [
  'articles',
  'wall s',
  'art/s',
  'art/s (run)',
  'art/CPU-s',
  'clean art/s',
  'extract s',
  'peak MB',
];
const rows = results.map((r) => [
  r.articles,
  (r.wallMs / 1000).toFixed(1),
  r.articlesPerSecond,
  r.articlesPerSecondRun,
  r.articlesPerCpuSecond,
  r.cleanArticlesPerSecond,
  (r.extractMs / 1000).toFixed(1),
  r.peakRssMb,
]);
const widths = header.map((h, i) =>
  Math.max(h.length, ...rows.map((row) => String(row[i]).length)),
);
const fmt = (cells: Array<string | number>) =>
  cells.map((c, i) => String(c).padStart(widths[i]!)).join('  ');
console.log([fmt(header), ...rows.map(fmt)].join('\n'));
console.log(
  '(wall: spawn to exit, incl. ~1 s of tsx start-up; run: load + clean + extract + validate + write, in the child)',
);

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  os: `${platform()} ${release()}`,
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'pipeline.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, seed: Number(values.seed), results }, null, 2)}\n`,
);
console.log(
  `wrote bench/pipeline.json (${machine.cpu}, ${machine.cores} cores, node ${machine.node})`,
);
