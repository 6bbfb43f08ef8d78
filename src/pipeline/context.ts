import type { ExtractionTables } from './extraction-tables';
import type { Curation } from './lib/curation';
import type { Gazetteer } from './lib/gazetteer';
import type { Doc } from './doc';

/** Read-only tables every stage may consult; loaded once per run by the CLI (or a test). */
export interface Resources {
  curation: Curation;
  gazetteer: Gazetteer;
  /**
   * The Simplified match text of a string (lib/chinese.ts `makeMatchText`): length-preserving,
   * for matching, merging and search keys, never for display.
   */
  simplify: (text: string) => string;
  /** Zones and curated entity/relation edits (extraction-tables.ts); absent means none. */
  extraction?: ExtractionTables;
}

export interface Warning {
  rule: string;
  message: string;
}

/** Thrown by `ctx.fail`; the runner turns it into a reported reject, never a crash. */
export class Rejection extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Rejection';
  }
}

export interface Context {
  readonly file: string;
  readonly res: Resources;
  /** Something looks wrong but the article is still usable. `--strict` turns warnings into failure. */
  warn(rule: string, message: string): void;
  /** The article cannot be used: stop processing it and report why. */
  fail(reason: string): never;
  /** Count something for the run summary (e.g. `spam-lines`). */
  count(stat: string, n?: number): void;
}

export interface ContextLog {
  warnings: Warning[];
  stats: Map<string, number>;
}

export function createContext(
  file: string,
  res: Resources,
  stats: Map<string, number>,
): { ctx: Context; log: ContextLog } {
  const log: ContextLog = { warnings: [], stats };
  const ctx: Context = {
    file,
    res,
    warn: (rule, message) => {
      log.warnings.push({ rule, message });
    },
    fail: (reason) => {
      throw new Rejection(reason);
    },
    count: (stat, n = 1) => {
      stats.set(stat, (stats.get(stat) ?? 0) + n);
    },
  };
  return { ctx, log };
}

export type Stage = (doc: Doc, ctx: Context) => Doc;
