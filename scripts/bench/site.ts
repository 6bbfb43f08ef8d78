/**
 * The bench's app and browser: one `vite build` into a temp folder (dist/ is never touched), a
 * static server over it with a chosen dataset as `data/`, and headless Chromium.
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../tests/e2e/find-chrome';
// @ts-expect-error -- plain ESM script shared with `npm start`; typed by usage here.
import { serve } from '../serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The flags the brief asks for; CHROME_ARGS already holds them (plus --disable-quic). */
export const BENCH_CHROME_ARGS = CHROME_ARGS;

export function chromePath(): string {
  const path = findChrome();
  if (!path) throw new Error('no Chromium found (set CHROME_PATH)');
  return path;
}

/** `vite build --outDir <temp>`; the caller removes the folder. */
export function buildApp(): string {
  const out = mkdtempSync(join(tmpdir(), 'aa-bench-app-'));
  const vite = join(ROOT, 'node_modules/.bin/vite');
  const r = spawnSync(vite, ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`vite build failed (${r.status})`);
  }
  return out;
}

export interface Site {
  url: string;
  close(): Promise<void>;
}

/** Serves `appDir` with `dataDir` linked in as `data/` (the app's own data/ left out). */
export async function serveSite(
  appDir: string,
  dataDir: string,
  options: { compress?: boolean } = {},
): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'aa-bench-site-'));
  for (const name of readdirSync(appDir))
    if (name !== 'data') symlinkSync(join(appDir, name), join(dir, name));
  symlinkSync(resolve(dataDir), join(dir, 'data'));
  const { server, url } = (await serve({ dir, port: 0, quiet: true, ...options })) as {
    server: Server;
    url: string;
  };
  return {
    url,
    close: async () => {
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchChrome(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: BENCH_CHROME_ARGS });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
