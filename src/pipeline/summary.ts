import type { RunOutcome } from './build';
import type { Warning } from './context';

/** Messages shown per warning rule in the terminal; the --report file has all of them. */
const SHOWN_PER_RULE = 5;
const SHOWN_REJECTS = 20;

export interface Counts {
  read: number;
  written: number;
  rejected: number;
  warnings: number;
}

export function countsOf(outcome: RunOutcome): Counts {
  const written = outcome.files.filter((f) => f.status === 'written').length;
  const warnings =
    outcome.runWarnings.length + outcome.files.reduce((n, f) => n + f.warnings.length, 0);
  return {
    read: outcome.files.length,
    written,
    rejected: outcome.files.length - written,
    warnings,
  };
}

/** Warnings grouped by rule, sorted by rule, each with where it came from. */
function byRule(outcome: RunOutcome): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  const add = (w: Warning, where: string) => {
    const list = groups.get(w.rule) ?? [];
    list.push(`${where}: ${w.message}`);
    groups.set(w.rule, list);
  };
  outcome.runWarnings.forEach((w) => add(w, 'run'));
  outcome.files.forEach((f) => f.warnings.forEach((w) => add(w, f.file)));
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
}

function removalCounts(outcome: RunOutcome): string {
  const counts = new Map<string, number>();
  for (const body of outcome.bodies)
    for (const r of body.removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + (r.count ?? 1));
  return (
    [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none'
  );
}

const row = (label: string, n: number | string, indent = 2) =>
  `${' '.repeat(indent)}${label.padEnd(34 - indent)}${String(n).padStart(8)}`;

/**
 * The run report for the terminal: the counts line first (scripts read it), dataset and removal
 * counts, rejects and warnings grouped by rule (a few messages each), then the summary table.
 */
export function summaryLines(outcome: RunOutcome, out: string): string[] {
  const c = countsOf(outcome);
  const { index } = outcome;
  const lines = [
    `${c.read} read, ${c.written} written, ${c.rejected} rejected`,
    `dataset: ${index.articles.length} articles, ${index.entities.length} entities, ${index.relations.length} relations, ${index.regions.length} regions → ${out}`,
    `removed: ${removalCounts(outcome)}`,
  ];
  const rejects = outcome.files.filter((f) => f.status === 'rejected');
  for (const f of rejects.slice(0, SHOWN_REJECTS)) lines.push(`rejected ${f.file}: ${f.reason}`);
  if (rejects.length > SHOWN_REJECTS)
    lines.push(`… and ${rejects.length - SHOWN_REJECTS} more rejected (see --report)`);
  const groups = byRule(outcome);
  if (groups.length) {
    lines.push('warnings by rule:');
    for (const [rule, items] of groups) {
      lines.push(
        `  ${rule} (${items.length})`,
        ...items.slice(0, SHOWN_PER_RULE).map((i) => `    ${i}`),
      );
      if (items.length > SHOWN_PER_RULE)
        lines.push(`    … and ${items.length - SHOWN_PER_RULE} more (see --report)`);
    }
  }
  lines.push(
    'summary',
    row('read', c.read),
    row('written', c.written),
    row('rejected', c.rejected),
    row('warnings', c.warnings),
    ...groups.map(([rule, items]) => row(rule, items.length, 4)),
  );
  return lines;
}
