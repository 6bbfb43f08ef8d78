import type { ArticleBody } from '../../../domain';

/** A stretch of a block that links somewhere: an entity, or a place (to its regions). */
export type Span = { block: number; start: number; end: number } & (
  { entityId: string; regionCodes?: undefined } | { regionCodes: string[]; entityId?: undefined }
);
export type Segment = { text: string; entityId?: string; regionCodes?: string[] };

/**
 * The body's links by block: entity mentions, and places named outside entity names (a place
 * inside a name, `北京` in `北京银行`, is part of that name's link). Places that stand for no
 * division (a broad area) are not links.
 */
export function spansByBlock(body: Pick<ArticleBody, 'mentions' | 'regionMentions'>) {
  const spans: Span[] = [
    ...body.mentions.map((m) => ({
      block: m.block,
      start: m.start,
      end: m.end,
      entityId: m.entityId,
    })),
    ...(body.regionMentions ?? [])
      .filter((m) => !m.inName && m.codes.length > 0)
      .map((m) => ({ block: m.block, start: m.start, end: m.end, regionCodes: m.codes })),
  ];
  const map = new Map<number, Span[]>();
  for (const span of spans) map.set(span.block, [...(map.get(span.block) ?? []), span]);
  return map;
}

/**
 * Splits a block's text at its spans (UTF-16 offsets, `end` exclusive) into plain and linked
 * segments. Where spans overlap (a parent institution nested in a longer name), the one that
 * starts first wins, the longer on a tie, an entity before a place: links never nest. Spans
 * outside the text are ignored, so a stale offset can never throw or duplicate text.
 */
export function mentionSegments(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.entityId ? -1 : 1));
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of sorted) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    const linked = text.slice(span.start, span.end);
    segments.push(
      span.entityId
        ? { text: linked, entityId: span.entityId }
        : { text: linked, regionCodes: span.regionCodes },
    );
    cursor = span.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}
