import type { Removal, RemovalKind } from '../../domain';

export type RemovalGroup = {
  kind: RemovalKind;
  count: number;
  rules: string[];
  /**
   * The removed passages, for checking the cleaner's work. Always empty for spam: its text is
   * never shown, only how much of it there was.
   */
  samples: string[];
};

const SAMPLE_LENGTH = 120;
const MAX_SAMPLES = 5;

/**
 * A removal may stand for several identical passages (`count`, absent = once). Read defensively so
 * this compiles whether or not the schema in the working tree has the field yet.
 */
export function timesRemoved(removal: Removal): number {
  const count: unknown = (removal as { count?: unknown }).count;
  return typeof count === 'number' && count > 0 ? count : 1;
}

const clip = (text: string) =>
  text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH)}…` : text;

/** Groups removals by kind, largest group first, ties in kind order. */
export function summariseRemovals(removed: readonly Removal[]): RemovalGroup[] {
  const groups = new Map<RemovalKind, RemovalGroup>();
  for (const removal of removed) {
    const group = groups.get(removal.kind) ?? {
      kind: removal.kind,
      count: 0,
      rules: [],
      samples: [],
    };
    group.count += timesRemoved(removal);
    if (!group.rules.includes(removal.rule)) group.rules.push(removal.rule);
    const text = removal.text.trim();
    if (removal.kind !== 'spam' && text && group.samples.length < MAX_SAMPLES)
      group.samples.push(clip(text));
    groups.set(removal.kind, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}
