import { compareDates, type EventDate } from '../../domain';
import type { Context } from '../context';
import type { Doc } from '../doc';
import { curatedDate } from '../lib/dates';

const monthDay = (value: string | null) =>
  value && /-\d{2}-\d{2}$/.test(value) ? value.slice(-5) : null;

/**
 * Reviewed facts from data/curation/facts.yaml override what the page gave, with basis `curated`
 * and the reviewer's note. A curated event date replaces the extracted one for the same month-day
 * (`--11-22` → `2025-11-22`) and keeps its label. Runs last so nothing overwrites it.
 */
export function applyCuratedFacts(doc: Doc, ctx: Context): Doc {
  let out = doc;
  for (const fact of ctx.res.curation.facts.filter((f) => f.article === doc.sourceFile)) {
    switch (fact.field) {
      case 'publishedAt': {
        const date = curatedDate(fact.value, fact.note);
        if (date) out = { ...out, publishedAt: date };
        else
          ctx.warn(
            'curated-fact-invalid',
            `publishedAt "${fact.value}" is not YYYY, YYYY-MM or YYYY-MM-DD`,
          );
        break;
      }
      case 'eventDates': {
        let events: EventDate[] = [...out.eventDates];
        for (const e of fact.value) {
          const date = curatedDate(e.value, fact.note, e.asStated);
          if (!date) {
            ctx.warn('curated-fact-invalid', `event date "${e.value}" is not a date`);
            continue;
          }
          const replaced = events.find((x) => monthDay(x.value) === monthDay(date.value));
          events = events.filter((x) => x !== replaced);
          const label = e.label ?? replaced?.label;
          events.push({ ...date, ...(label ? { label } : {}) });
        }
        out = { ...out, eventDates: events.sort(compareDates) };
        break;
      }
      case 'publisher':
        out = { ...out, publisher: { name: fact.value, basis: 'curated' } };
        break;
      case 'sourceUrl':
        out = { ...out, sourceUrl: fact.value };
        break;
    }
  }
  return out;
}
