/**
 * Runs the real pipeline CLI (`node --import tsx src/pipeline/cli.ts --in … --out …`) as a child
 * process and collects its own timings (PIPELINE_BENCH_STATS), the wall time and the peak memory.
 * Used by bench-pipeline.ts and run-all.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildStats {
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
export function runCli(inDir: string, outDir: string) {
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

/** The figures the benches report for one run of `articles` articles. */
export function pipelineFigures(
  articles: number,
  { stats, wallMs, polledKb }: Awaited<ReturnType<typeof runCli>>,
) {
  const runMs = stats.loadAndRunMs + stats.validateMs + stats.writeMs;
  return {
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
  };
}
export type PipelineFigures = ReturnType<typeof pipelineFigures>;
