/**
 * What a route of the built app costs to download: the entry (index.html's module script, its
 * modulepreloads and stylesheet) and, per lazy route, the chunks it adds on top (its static
 * imports that the entry does not already hold). Read from dist/.vite/manifest.json
 * (`build.manifest` in vite.config.ts). Shared by `npm run bench` and tests/e2e/budgets.e2e.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type ViteManifest = Record<string, ManifestChunk>;

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}
export interface ChunkSet {
  files: string[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  gzipBytes: number;
}
export interface BundleReport {
  entry: ChunkSet;
  /** Route name (the file name under src/web/app/routes) → what it adds to the entry. */
  routes: Record<string, ChunkSet & { lazy: ChunkSet }>;
  /** Every JS file of the build (workers included), largest first. */
  js: FileSize[];
}

export const KIB = 1024;
const ROUTES_DIR = 'src/web/app/routes/';

/** Gzip at level 9, as a static host that precompresses would serve it. */
export function gzipSize(dir: string, file: string): number {
  return gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
}

function readManifest(dir: string): ViteManifest {
  return JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as ViteManifest;
}

/** A chunk's file, its CSS and those of its static imports, depth first. */
function staticClosure(manifest: ViteManifest, key: string, seen = new Set<string>()) {
  const files: string[] = [];
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) throw new Error(`manifest has no chunk ${k}`);
    files.push(chunk.file, ...(chunk.css ?? []));
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(key);
  return files;
}

function chunkSet(dir: string, files: string[]): ChunkSet {
  const unique = [...new Set(files)];
  const sum = (ext: string) =>
    unique.filter((f) => f.endsWith(ext)).reduce((s, f) => s + gzipSize(dir, f), 0);
  const jsGzipBytes = sum('.js');
  const cssGzipBytes = sum('.css');
  return { files: unique, jsGzipBytes, cssGzipBytes, gzipBytes: jsGzipBytes + cssGzipBytes };
}

/** The files index.html loads before the app runs: module scripts, modulepreloads, stylesheets. */
export function htmlEntryFiles(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="\/?([^"]+)"/g),
  ].map((m) => m[m.length - 1]!);
  return refs.filter((f) => f.startsWith('assets/'));
}

/** Every .js file under the build's assets, with raw and gzip sizes, largest first. */
function jsFiles(dir: string): FileSize[] {
  const assets = join(dir, 'assets');
  return readdirSync(assets, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => relative(dir, join(assets, f)))
    .map((file) => ({
      file,
      bytes: statSync(join(dir, file)).size,
      gzipBytes: gzipSize(dir, file),
    }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Sizes of the entry and of each lazy route of the build in `dir`. */
export function measureBundle(dir: string): BundleReport {
  const manifest = readManifest(dir);
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('manifest has no entry');
  const entrySeen = new Set<string>();
  const entry = chunkSet(dir, staticClosure(manifest, entryKey, entrySeen));
  const routes: BundleReport['routes'] = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.src?.startsWith(ROUTES_DIR) || !manifest[entryKey]!.dynamicImports?.includes(key))
      continue;
    const name = chunk.src.slice(ROUTES_DIR.length).replace(/\.tsx?$/, '');
    // Chunks the entry already loaded cost nothing more.
    const seen = new Set(entrySeen);
    const own = staticClosure(manifest, key, seen);
    // What the route imports lazily (e.g. a converter loaded on demand), beyond its own chunks.
    const lazyKeys = [...seen]
      .filter((k) => !entrySeen.has(k))
      .flatMap((k) => manifest[k]!.dynamicImports ?? []);
    const lazy = lazyKeys.flatMap((k) => staticClosure(manifest, k, seen));
    routes[name] = { ...chunkSet(dir, own), lazy: chunkSet(dir, lazy) };
  }
  return { entry, routes, js: jsFiles(dir) };
}
