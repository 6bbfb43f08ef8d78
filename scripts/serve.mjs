#!/usr/bin/env node
/**
 * Serves the built explorer (dist/) the way static hosting does: files as they are, and
 * index.html for any other path so that deep links (/articles/<id>) work on a cold load.
 * Usage: node scripts/serve.mjs [--dir dist] [--port 4173]
 * Exported `serve()` is used by the end-to-end tests and the bench.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.gz': 'application/gzip',
};

async function fileOrNull(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Starts a server on `port` (0 = any free port); resolves to { server, url }. `compress` gzips
 * text responses for clients that accept it, as static hosts do (the bench's Lighthouse run).
 */
export async function serve({
  dir = 'dist',
  port = 4173,
  host = '127.0.0.1',
  quiet = false,
  compress = false,
} = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    const candidate = join(root, rel);
    const inside = candidate === root || candidate.startsWith(root + sep);
    let path = inside ? await fileOrNull(candidate) : null;
    // A missing data file is a real 404 (the app reports it); any other path is a route.
    const isAsset = rel.startsWith('data/') || rel.startsWith('assets/') || extname(rel) !== '';
    if (!path && !isAsset) path = join(root, 'index.html');
    if (!path) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const gzip =
      compress &&
      /gzip/.test(req.headers['accept-encoding'] ?? '') &&
      /text|json|javascript|svg/.test(type);
    const body = await readFile(path);
    res.writeHead(200, {
      'content-type': type,
      'cache-control': path.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  if (!quiet) console.log(`Alliance Atlas is being served at ${url}  (Ctrl+C to stop)`);
  return { server, url };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', process.env.PORT ?? 4173));
  try {
    await serve({ dir: arg('dir', 'dist'), port });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.log(`Port ${port} is busy; using a free one.`);
    await serve({ dir: arg('dir', 'dist'), port: 0 });
  }
}
