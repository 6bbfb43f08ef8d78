/**
 * The benches that are scripts of their own (browse, search, network), run as child processes
 * on the bench's app and dataset; each writes JSON that is read back here.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './site';

/** `node --import tsx <script> …args`; rejects with the tail of stderr on failure. */
export function runScript(script: string, args: string[], timeoutMs = 30 * 60_000) {
  return new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`${script} exited ${code ?? signal}: ${stderr.trim().slice(-1500)}`));
    });
  });
}

const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** bench-browse: view ready times, timeline scroll long tasks and rows, heap after every view. */
export async function runBrowse(app: string, data: string) {
  const dir = mkdtempSync(join(tmpdir(), 'aa-bench-browse-out-'));
  try {
    const out = join(dir, 'browse.json');
    await runScript('scripts/bench/bench-browse.ts', ['--data', data, '--app', app, '--out', out]);
    return readJson(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** bench-search: index size, engine p50/p95 (Node, warm), keystroke → results in Chromium. */
export async function runSearch(app: string, data: string) {
  await runScript('scripts/bench/bench-search.ts', ['--dataset', data, '--app', app]);
  return readJson(join(ROOT, 'bench/search.json')) as Partial<Record<string, number>>;
}

export const NETWORK_SCRIPT = 'scripts/bench/bench-network.ts';

/** bench-network (first frame and filter time at 2k/10k nodes), where that script exists. */
export async function runNetwork(app: string) {
  if (!existsSync(join(ROOT, NETWORK_SCRIPT))) return { available: false as const };
  await runScript(NETWORK_SCRIPT, ['--app', app]);
  return { available: true as const, ...readJson(join(ROOT, 'bench/network.json')) };
}
