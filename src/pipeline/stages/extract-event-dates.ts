import type { EventDate } from '../../domain';
import type { Context } from '../context';
import type { Doc } from '../doc';
import { findDayMentions, resolveDay } from '../lib/dates';
import { clauseSpans, sentenceSpans } from '../lib/text';

/** The clause holding the date, plus following clauses while short: the event in the article's words. */
function labelFor(text: string, at: number, until: number): string | undefined {
  const sentence = sentenceSpans(text).find(([s, e]) => at >= s && at < e);
  if (!sentence) return undefined;
  const clauses = clauseSpans(text, sentence[0], sentence[1]);
  const first = clauses.findIndex(([s, e]) => at >= s && at < e);
  if (first < 0) return undefined;
  let end = clauses[first]![1];
  for (let i = first + 1; i < clauses.length && (end < until || end - clauses[first]![0] < 30); i++)
    end = clauses[i]![1];
  const label = text.slice(clauses[first]![0], end).trim();
  return label.length <= 100 ? label : undefined;
}

/**
 * Days named in the body (`3月31日`, `November 3th, 2020`). A yearless day takes the publication
 * year (inferred) or stays `--MM-DD` when the article is undated. Deduplicated by value.
 */
export function extractEventDates(doc: Doc, _ctx: Context): Doc {
  const seen = new Set<string>();
  const eventDates: EventDate[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'image') continue;
    for (const m of findDayMentions(block.text)) {
      const date = resolveDay(m, doc.publishedAt);
      if (!date.value || seen.has(date.value)) continue;
      seen.add(date.value);
      const label = labelFor(block.text, m.index, m.index + m.length);
      eventDates.push({ ...date, ...(label ? { label } : {}) });
    }
  }
  return { ...doc, eventDates };
}
