import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadResources } from '../build';
import { evaluateSeeds, type EvalResult, type Scores } from '../eval/eval-seeds';
import { loadGold } from '../eval/gold';
import type { Counts } from '../eval/score';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const USAGE =
  'usage: npm run eval -- [--json] [--in DIR] [--gold FILE] [--curation DIR] [--gazetteer FILE]';

const pct = (x: number) => x.toFixed(3);

function rows(scores: Scores, counts: EvalResult['counts']['extractionOnly']): string[] {
  const line = (label: string, s: { precision: number; recall: number; f1: number }, c?: Counts) =>
    `  ${label.padEnd(22)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}${c ? `   ${c.rightPredictions}/${c.predictions} right, ${c.found}/${c.gold} found` : ''}`;
  const c = (k: string) => counts[k] as Counts | undefined;
  const d = counts.dates as { right: number; n: number };
  return [
    `  ${''.padEnd(22)} P      R      F1`,
    line('collaborations (core)', scores.collaborations.core, c('collaborations.core')),
    line('collaborations (all)', scores.collaborations.all, c('collaborations.all')),
    line('institutions', scores.institutions, c('institutions')),
    line('people', scores.people, c('people')),
    line('regions', scores.regions, c('regions')),
    line('relations (typed)', scores.relations, c('relations')),
    `  ${'dates (accuracy)'.padEnd(22)} ${pct(scores.dates.accuracy)}   ${d.right}/${d.n} found collaborations dated right`,
  ];
}

/** `npm run eval`: the pipeline on data/raw against data/gold/seeds.json, without and with curation. */
export function main(argv: string[], log: (line: string) => void = console.log): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        in: { type: 'string', default: resolve(ROOT, 'data/raw') },
        gold: { type: 'string', default: resolve(ROOT, 'data/gold/seeds.json') },
        curation: { type: 'string', default: resolve(ROOT, 'data/curation') },
        gazetteer: { type: 'string', default: resolve(ROOT, 'data/gazetteer/regions.json') },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { res } = loadResources(resolve(values.curation), resolve(values.gazetteer));
  const result = evaluateSeeds(res, resolve(values.in), loadGold(resolve(values.gold)));
  if (values.json) {
    log(
      JSON.stringify(
        { extractionOnly: result.extractionOnly, withCuration: result.withCuration },
        null,
        2,
      ),
    );
    return 0;
  }
  log('extraction only (no curated aliases or edits):');
  rows(result.extractionOnly, result.counts.extractionOnly).forEach((l) => log(l));
  log('with curation:');
  rows(result.withCuration, result.counts.withCuration).forEach((l) => log(l));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
