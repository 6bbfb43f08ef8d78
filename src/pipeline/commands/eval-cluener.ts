import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadResources } from '../build';
import { scoreCluener, type ClueLine } from '../eval/cluener';
import { extractionOnly } from '../eval/eval-seeds';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DEFAULT_FILE = resolve(ROOT, '../shared/benchmarks/cluener2020-dev.jsonl');
const USAGE = 'usage: npm run eval:cluener -- [--file FILE] [--json] [--with-curation]';

/**
 * `npm run eval:cluener`: institution extraction on CLUENER2020 dev. The file lives outside the
 * repository (../shared/benchmarks); when it is absent this says so and exits 0.
 */
export function main(argv: string[], log: (line: string) => void = console.log): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        file: { type: 'string', default: DEFAULT_FILE },
        json: { type: 'boolean', default: false },
        'with-curation': { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const file = resolve(values.file);
  if (!existsSync(file)) {
    log(
      `eval:cluener: ${file} not found; nothing to score (the benchmark is not part of the repository, see --file).`,
    );
    return 0;
  }
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ClueLine);
  const { res } = loadResources(
    resolve(ROOT, 'data/curation'),
    resolve(ROOT, 'data/gazetteer/regions.json'),
  );
  const started = performance.now();
  const r = scoreCluener(lines, values['with-curation'] ? res : extractionOnly(res));
  const ms = performance.now() - started;
  if (values.json) {
    log(JSON.stringify(r, null, 2));
    return 0;
  }
  const f = (x: number) => x.toFixed(3);
  log(
    `CLUENER2020 dev: ${r.sentences} sentences, ${Math.round(ms)} ms (${values['with-curation'] ? 'with curation' : 'extraction only'})`,
  );
  log(`  institutions (organization + government + company, exact span)`);
  log(
    `    P ${f(r.institutions.precision)}  R ${f(r.institutions.recall)}  F1 ${f(r.institutions.f1)}   ${r.institutions.tp} right of ${r.institutions.predicted} predicted, ${r.institutions.gold} gold`,
  );
  for (const [label, v] of Object.entries(r.recallByLabel))
    log(`    recall ${label.padEnd(13)} ${f(v.recall)}   ${v.found}/${v.gold}`);
  log(`  regions (address spans that are a division name; for information)`);
  log(
    `    P ${f(r.regions.precision)}  R ${f(r.regions.recall)}  F1 ${f(r.regions.f1)}   ${r.regions.tp} right of ${r.regions.predicted} predicted, ${r.regions.gold} gold`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
