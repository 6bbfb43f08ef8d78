import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Resources } from '../context';
import { loadResources } from '../build';
import { EMPTY_TABLES } from '../extraction-tables';
import {
  extractTexts,
  flatMentions,
  type FlatMention,
  type TextExtraction,
} from '../extractors/extract-text';
import { regionIndex } from '../extractors/regions';
import { resolveHit, sureCodes } from '../extractors/resolve-regions';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const USAGE =
  'usage: npm run extract -- --in FILE.jsonl --out FILE.jsonl [--curation DIR] [--gazetteer FILE]';

/**
 * The mentions in one text: institutions, collaborations, people and regions, flat and in text
 * order, offsets in UTF-16 code units into the text as given (`end` exclusive). A region carries
 * its GB/T 2260 code when the text makes it unambiguous.
 */
export function extractMentions(text: string, res: Resources): FlatMention[] {
  return extractAll([text], res)[0]!;
}

/**
 * The mentions of many texts read as one corpus: a name one text reads from context is a name in
 * the others (corpus-names.ts), as in a pipeline run.
 */
export function extractAll(texts: string[], res: Resources): FlatMention[][] {
  const index = regionIndex(
    res.gazetteer,
    res.curation.regionGuards,
    (res.extraction ?? EMPTY_TABLES).zones,
  );
  const simplified = texts.map((t) => res.simplify(t));
  const found = extractTexts(simplified, index);
  return found.map((x, i) => mentionsOf(x, texts[i]!, simplified[i]!, res));
}

function mentionsOf(
  x: TextExtraction,
  text: string,
  simplified: string,
  res: Resources,
): FlatMention[] {
  const sure = sureCodes(x.scan.regions, res.gazetteer);
  const surface = (h: { start: number; end: number }) => simplified.slice(h.start, h.end);
  return flatMentions(x, text, (i) => {
    const r = resolveHit(x.scan.regions[i]!, res.gazetteer, surface, sure);
    return r?.codes.length === 1 ? r.codes[0] : undefined;
  });
}

/** A JSONL line that is not `{"id": string, "text": string}` is reported and skipped, never a crash. */
export function main(
  argv: string[],
  log: (line: string) => void = console.log,
  error: (line: string) => void = console.error,
): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        curation: { type: 'string', default: resolve(ROOT, 'data/curation') },
        gazetteer: { type: 'string', default: resolve(ROOT, 'data/gazetteer/regions.json') },
      },
    }));
  } catch (e) {
    error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.in || !values.out) {
    error(USAGE);
    return 2;
  }
  let input: string;
  try {
    input = readFileSync(resolve(values.in), 'utf8');
  } catch (e) {
    error(`extract: cannot read ${values.in}: ${(e as Error).message}`);
    return 2;
  }
  const { res } = loadResources(resolve(values.curation), resolve(values.gazetteer));
  const rows: Array<{ id: string; text: string }> = [];
  let skipped = 0;
  input.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      row = null;
    }
    const { id, text } = (row ?? {}) as { id?: unknown; text?: unknown };
    if (typeof id !== 'string' || typeof text !== 'string') {
      error(`extract: line ${n + 1}: expected {"id": string, "text": string}; skipped`);
      skipped++;
      return;
    }
    rows.push({ id, text });
  });
  const mentions = extractAll(
    rows.map((r) => r.text),
    res,
  );
  const out = rows.map((r, i) => JSON.stringify({ id: r.id, mentions: mentions[i] }));
  writeFileSync(resolve(values.out), out.length ? `${out.join('\n')}\n` : '');
  log(
    `extract: ${out.length} texts written to ${values.out}${skipped ? `, ${skipped} lines skipped` : ''}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
