import type { EventDate } from '../../domain';
import type { Context } from '../context';
import type { Doc } from '../doc';
import { findDateMentions, resolveMention } from '../lib/date-mentions';
import { clauseSpans, sentenceSpans } from '../lib/text';

/** The clause holding the date, plus following clauses while short: the event in the article's words. */
function labelFor(
  text: string,
  sentences: Array<[number, number]>,
  at: number,
  until: number,
): string | undefined {
  // Binary search: a 10 MB line can hold thousands of sentences and dates.
  let [lo, hi] = [0, sentences.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]![0] <= at) lo = mid;
    else hi = mid - 1;
  }
  const sentence = sentences[lo];
  if (!sentence || at < sentence[0] || at >= sentence[1]) return undefined;
  const clauses = clauseSpans(text, sentence[0], sentence[1]);
  const first = clauses.findIndex(([s, e]) => at >= s && at < e);
  if (first < 0) return undefined;
  let end = clauses[first]![1];
  for (let i = first + 1; i < clauses.length && (end < until || end - clauses[first]![0] < 30); i++)
    end = clauses[i]![1];
  const label = text.slice(clauses[first]![0], end).trim();
  return label.length <= 100 ? label : undefined;
}

/** More distinct dates than any news article names: the page is a table or garbage. */
const MAX_EVENT_DATES = 60;

/**
 * Dates named in the body (lib/date-mentions.ts): a yearless day takes the publication year
 * (inferred) or stays `--MM-DD` when the article is undated; relative days (`昨日`) count from
 * the publication day and are skipped without one. One entry per value (and range end); a
 * stated mention replaces an inferred one of the same day.
 */
export function extractEventDates(doc: Doc, ctx: Context): Doc {
  const byKey = new Map<string, EventDate>();
  let dropped = 0;
  for (const block of doc.blocks) {
    if (block.type === 'image') continue;
    let sentences: Array<[number, number]> | null = null;
    for (const m of findDateMentions(block.text)) {
      const date = resolveMention(m, doc.publishedAt);
      if (!date?.value) continue;
      const key = `${date.value}/${date.end ?? ''}`;
      const known = byKey.get(key);
      if (known && !(known.basis !== 'stated' && date.basis === 'stated')) continue;
      if (!known && byKey.size >= MAX_EVENT_DATES) {
        dropped++;
        continue;
      }
      sentences ??= sentenceSpans(block.text);
      const label = labelFor(block.text, sentences, m.index, m.index + m.length);
      byKey.set(key, { ...date, ...(label ? { label } : {}) });
    }
  }
  if (dropped)
    ctx.warn('event-dates-truncated', `${dropped} more distinct dates after ${MAX_EVENT_DATES}`);
  return { ...doc, eventDates: [...byKey.values()] };
}
