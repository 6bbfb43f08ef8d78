import type { Removal, RemovalKind } from '../../domain';
import type { Doc, DraftBlock } from '../doc';
import { isBodyText } from './text';

export interface Verdict {
  kind: RemovalKind;
  rule: string;
}

/**
 * Drops the blocks a rule condemns and records each one in `removed`, in document order.
 * Image blocks record their URL when they have no text.
 */
export function removeBlocks(
  doc: Doc,
  judge: (block: DraftBlock, index: number, blocks: DraftBlock[]) => Verdict | null,
): Doc {
  const kept: DraftBlock[] = [];
  const removed: Removal[] = [];
  doc.blocks.forEach((block, i) => {
    const verdict = judge(block, i, doc.blocks);
    if (verdict)
      removed.push({ kind: verdict.kind, rule: verdict.rule, text: block.text || block.src || '' });
    else kept.push(block);
  });
  if (removed.length === 0) return doc;
  return { ...doc, blocks: kept, removed: [...doc.removed, ...removed] };
}

/** Adds removals of repeated fragments as one entry per distinct text with its count. */
export function countedRemovals(found: string[], kind: RemovalKind, rule: string): Removal[] {
  const counts = new Map<string, number>();
  for (const text of found) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({
    kind,
    rule,
    text,
    ...(count > 1 ? { count } : {}),
  }));
}

/** Text blocks (not images) — the ones cleaners and extractors read. */
export const isTextBlock = (b: DraftBlock): boolean => b.type !== 'image';

/** A text block that reads as article body (lib/text.ts `isBodyText`). */
export const isBodyBlock = (b: DraftBlock): boolean => b.type !== 'image' && isBodyText(b.text);
