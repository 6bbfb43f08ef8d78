/**
 * Search benchmark: `npx tsx scripts/bench/bench-search.ts [--dataset DIR] [--articles 10000]
 * [--seed 1] [--app dist] [--no-browser]`. Without --dataset, generates a synthetic raw corpus
 * (scripts/synthetic) and runs the real pipeline CLI on it. Measures, on that dataset: index build
 * time, size (raw + gzip, base and term shards), load time, engine latency p50/p95 over a query
 * mix (Node, warm), and keystroke → results in headless Chromium over the built app (dist/).
 * Prints a table and writes bench/search.json (an object of named numbers).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { NO_FILTERS, runQuery, searchResults, ShardedSearchIndex } from '../../src/domain/search';
import { buildMiniSearch } from '../../src/pipeline/search/build-search-index';
import { searchIndexFiles, splitSearchIndex } from '../../src/pipeline/search/split-search-index';
import { measureKeystrokes } from './search-browser';
import { readDatasetForSearch } from './search-dataset';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    dataset: { type: 'string' },
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    app: { type: 'string', default: resolve(ROOT, 'dist') },
    'no-browser': { type: 'boolean', default: false },
  },
});

/** Queries of the kinds users type: names in both scripts, places, fragments, English, noise. */
const QUERIES = [
  '联盟',
  '陕西',
  '陝西',
  '医院',
  '产业联盟',
  '医学 创新',
  '人民医院',
  '普陀',
  '成都',
  'Chengdu',
  'alliance',
  'hospital medical',
  '大学',
  '研究院',
  '健康产业',
  '联合实验室',
  '战略合作',
  '医疗器械',
  '生物医药',
  '沈阳',
  '张',
  '王明',
  'Huang',
  '创新 联盟 医疗',
  '🎉',
  '.*+?',
  'x'.repeat(300),
  '中医药',
  '妇幼',
  '康复',
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const gz = (s: string) => gzipSync(s).length;

function datasetDir(): { dir: string; cleanup: () => void } {
  if (values.dataset) return { dir: resolve(values.dataset), cleanup: () => {} };
  const work = mkdtempSync(join(tmpdir(), 'aa-bench-search-'));
  const raw = join(work, 'raw');
  const out = join(work, 'data');
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`failed: ${args.join(' ')}`);
  };
  console.log(`generating ${values.articles} synthetic articles and running the pipeline…`);
  run([
    'scripts/synthetic/cli.ts',
    '--articles',
    values.articles,
    '--seed',
    values.seed,
    '--out',
    raw,
  ]);
  run(['src/pipeline/cli.ts', '--in', raw, '--out', out]);
  return { dir: out, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

const { dir, cleanup } = datasetDir();
const { index, bodies } = readDatasetForSearch(dir);

// Build, as the pipeline does (tokenize + MiniSearch + split into the on-disk form).
let t = performance.now();
const mini = buildMiniSearch(index, bodies);
const split = splitSearchIndex(mini);
const buildMs = performance.now() - t;
const files = searchIndexFiles(split);
const loader = async (path: string) => files.get(path) ?? '';
const shardGz = split.shards.map(gz);

// Load: manifest + base, then the first query's shards.
t = performance.now();
const engine = await ShardedSearchIndex.open(loader);
const openMs = performance.now() - t;
t = performance.now();
await engine.forQuery('陕西');
const firstQueryMs = performance.now() - t;

// Warm-up: every query once (loads their shards), then timed rounds.
for (const q of QUERIES) runQuery(await engine.forQuery(q), q);
const times: number[] = [];
for (let round = 0; round < 10; round++)
  for (const q of QUERIES) {
    const started = performance.now();
    const hits = runQuery(await engine.forQuery(q), q);
    searchResults(hits, NO_FILTERS, { entities: 12, articles: 20 });
    times.push(performance.now() - started);
  }
times.sort((a, b) => a - b);

// Worst case: every shard loaded and added, one after the other.
t = performance.now();
const full = await ShardedSearchIndex.open(loader);
for (let n = 0; n < split.manifest.shardCount; n++)
  await full.forQuery(String.fromCodePoint(0x4e00 + n));
full.current();
const rebuildAllMs = performance.now() - t;

const result: Record<string, number> = {
  articles: index.articles.length,
  entities: index.entities.length,
  documents: split.manifest.documentCount,
  buildMs: round(buildMs, 0),
  shards: split.manifest.shardCount,
  baseBytes: [split.base, ...split.baseParts].reduce((s, x) => s + Buffer.byteLength(x), 0),
  baseGzipBytes: [split.base, ...split.baseParts].reduce((s, x) => s + gz(x), 0),
  baseParts: split.baseParts.length,
  largestBasePartBytes: Math.max(...split.baseParts.map((x) => Buffer.byteLength(x))),
  termBytes: split.shards.reduce((s, x) => s + Buffer.byteLength(x), 0),
  termGzipBytes: shardGz.reduce((a, b) => a + b, 0),
  maxShardGzipBytes: Math.max(...shardGz),
  totalGzipBytes: gz(split.base) + shardGz.reduce((a, b) => a + b, 0),
  openMs: round(openMs),
  firstQueryMs: round(firstQueryMs),
  loadAllShardsMs: round(rebuildAllMs),
  queryP50Ms: round(quantile(times, 0.5), 2),
  queryP95Ms: round(quantile(times, 0.95), 2),
  queryMaxMs: round(times[times.length - 1] ?? NaN, 2),
  queries: times.length,
};

if (!values['no-browser']) {
  try {
    Object.assign(result, await measureKeystrokes(resolve(values.app), dir));
  } catch (error) {
    console.error(`browser measurement skipped: ${(error as Error).message}`);
  }
}
cleanup();

const rows = Object.entries(result).map(([k, v]) => `${k.padEnd(24)} ${String(v).padStart(12)}`);
console.log(rows.join('\n'));
mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench/search.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `wrote bench/search.json (${cpus()[0]?.model ?? 'cpu'}, ${cpus().length} cores, node ${process.version})`,
);
