import { articleIdFromFileName } from '../domain';
import { createContext, Rejection, type Resources, type Stage, type Warning } from './context';
import { newDoc, type Doc } from './doc';
import { applyCuratedFacts } from './stages/apply-curated-facts';
import { applyTextRepairs } from './stages/apply-text-repairs';
import { checkBody } from './stages/check-body';
import { checkSize } from './stages/check-size';
import { detectFormat } from './stages/detect-format';
import { detectLanguage } from './stages/detect-language';
import { extractEventDates } from './stages/extract-event-dates';
import { extractMetadata } from './stages/extract-metadata';
import { extractTitle } from './stages/extract-title';
import { htmlToBlocks } from './stages/html-to-blocks';
import { markCaptions } from './stages/mark-captions';
import { parseFrontMatter } from './stages/parse-front-matter';
import { readFile } from './stages/read-file';
import { removeDuplicates } from './stages/remove-duplicates';
import { removePinyinArtifacts } from './stages/remove-pinyin-artifacts';
import { stripBoilerplate } from './stages/strip-boilerplate';
import { stripMarkupFragments } from './stages/strip-markup-fragments';
import { stripSpam } from './stages/strip-spam';
import { textToBlocks } from './stages/text-to-blocks';

/** The cleaning preset. Order matters; each comment says why a stage sits where it does. */
export const STAGES: ReadonlyArray<readonly [string, Stage]> = [
  // Bytes to text first: everything after works on a string. Rejects empty/binary/undecodable.
  ['read-file', readFile],
  // Layout decides which block builder runs.
  ['detect-format', detectFormat],
  // Front matter holds the title/date and must be cut off before the body is parsed.
  ['parse-front-matter', parseFrontMatter],
  // Exactly one of the two builders acts (by format); both yield the same block shape.
  ['html-to-blocks', htmlToBlocks],
  ['text-to-blocks', textToBlocks],
  // Bounds the work of everything after: a 2-million-line dump is rejected here, in linear time.
  ['check-size', checkSize],
  // Converter artifacts split words (`發(fā)布時間`), so they go before any matching.
  ['remove-pinyin-artifacts', removePinyinArtifacts],
  // Curated repairs find their spans only once the artifacts around them are gone.
  ['apply-text-repairs', applyTextRepairs],
  // Leftover markup before line rules, so `&nbsp;`-only lines do not look like content.
  ['strip-markup-fragments', stripMarkupFragments],
  // Spam before the title search, so a keyword list is never taken for the headline.
  ['strip-spam', stripSpam],
  // Repeats before every rule that asks where the body ends (page tail, bylines, credits).
  ['remove-duplicates', removeDuplicates],
  // Chrome before the title search too: breadcrumbs and banners precede the headline.
  ['strip-boilerplate', stripBoilerplate],
  // The headline, then the byline under it (the byline search is bounded by the body start).
  ['extract-title', extractTitle],
  ['extract-metadata', extractMetadata],
  // Captions are judged on the cleaned body only.
  ['mark-captions', markCaptions],
  ['detect-language', detectLanguage],
  // Event dates need the publication date to infer years.
  ['extract-event-dates', extractEventDates],
  // Reviewed facts override stated/inferred values, so they come after every extractor.
  ['apply-curated-facts', applyCuratedFacts],
  // Last: reject what cleaning left empty.
  ['check-body', checkBody],
];

/**
 * The article id of an input path: its file name (`001_x.txt` → `001_x`), or for a file in a
 * subfolder its relative path with `-` for `/` (`2021/04/a.txt` → `2021-04-a`).
 */
export const articleIdOf = (relPath: string): string =>
  articleIdFromFileName(relPath.split(/[\\/]/).join('-'));

export type FileResult =
  | { status: 'written'; file: string; doc: Doc; warnings: Warning[] }
  | { status: 'rejected'; file: string; reason: string; warnings: Warning[] };

/** Runs the preset over one file. Never throws for bad input: a reject carries its reason. */
export function processFile(
  file: string,
  bytes: Uint8Array,
  res: Resources,
  stats: Map<string, number> = new Map(),
): FileResult {
  const { ctx, log } = createContext(file, res, stats);
  let doc = newDoc(file, articleIdOf(file), bytes);
  let stage = '';
  try {
    for (const [name, run] of STAGES) {
      stage = name;
      doc = run(doc, ctx);
    }
  } catch (e) {
    if (e instanceof Rejection)
      return { status: 'rejected', file, reason: e.reason, warnings: log.warnings };
    // A bug or an input no rule foresaw: still a reported reject, never a crashed run.
    return {
      status: 'rejected',
      file,
      reason: `internal error in ${stage}: ${(e as Error).message}`,
      warnings: log.warnings,
    };
  }
  return { status: 'written', file, doc, warnings: log.warnings };
}
