/**
 * Pipeline benchmark: `npm run bench:pipeline [-- --sizes 1000,10000 --seed 1 --keep]`.
 * Generates synthetic raw corpora in the seed shapes (scripts/synthetic), runs the real CLI on
 * each as a child process (`node --import tsx src/pipeline/cli.ts --in … --out …`), and reports
 * wall time, articles/s, CPU time and peak memory. Writes bench/pipeline.json (gitignored).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../synthetic/cli';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface ChildStats {
  read: number;
  written: number;
  rejected: number;
  warnings: number;
  loadAndRunMs: number;
  cleanMs: number;
  extractMs: number;
  validateMs: number;
  writeMs: number;
  cpuMs: number;
  maxRssKb: number;
}

/** Peak resident memory of a running process (Linux: VmHWM), or null where /proc is missing. */
function vmHwmKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Runs the CLI once; resolves with its own timings, the wall time and the polled peak memory. */
function runCli(inDir: string, outDir: string) {
  return new Promise<{ stats: ChildStats; wallMs: number; polledKb: number | null }>(
    (done, fail) => {
      const started = performance.now();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/pipeline/cli.ts', '--in', inDir, '--out', outDir],
        {
          cwd: ROOT,
          env: { ...process.env, PIPELINE_BENCH_STATS: '1' },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let polledKb: number | null = null;
      const poll = setInterval(() => {
        const kb = child.pid ? vmHwmKb(child.pid) : null;
        if (kb !== null) polledKb = Math.max(polledKb ?? 0, kb);
      }, 50);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', fail);
      child.on('close', (code) => {
        clearInterval(poll);
        const wallMs = performance.now() - started;
        const line = stderr.split('\n').find((l) => l.startsWith('bench '));
        if (code !== 0 || !line)
          fail(new Error(`pipeline exited ${code}:\n${stderr.slice(-2000)}`));
        else done({ stats: JSON.parse(line.slice(6)) as ChildStats, wallMs, polledKb });
      });
    },
  );
}

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
  const { stats, wallMs, polledKb } = await runCli(raw, join(dir, 'out'));
  const runMs = stats.loadAndRunMs + stats.validateMs + stats.writeMs;
  results.push({
    articles,
    written: stats.written,
    rejected: stats.rejected,
    wallMs: Math.round(wallMs),
    runMs,
    cleanMs: stats.cleanMs,
    extractMs: stats.extractMs,
    cpuMs: stats.cpuMs,
    articlesPerSecond: Math.round((stats.read * 1000) / wallMs),
    articlesPerSecondRun: Math.round((stats.read * 1000) / runMs),
    articlesPerCpuSecond: Math.round((stats.read * 1000) / stats.cpuMs),
    cleanArticlesPerSecond: Math.round((stats.read * 1000) / stats.cleanMs),
    peakRssMb: Math.round(Math.max(stats.maxRssKb, polledKb ?? 0) / 1024),
  });
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
