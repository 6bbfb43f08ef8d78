import type { PartialDate, RelationType } from '../../domain';
import type { Doc } from '../doc';
import { findDayMentions, resolveDay } from '../lib/dates';
import { sentenceSpans } from '../lib/text';
import type { Occurrence } from './article-occurrences';
import { ESTABLISHED } from './lexicon/triggers';

/** Relations that happen at an event (a signing, a launch, a conference), not over time like membership. */
const AT_EVENT = new Set<RelationType>([
  'signatory',
  'witness',
  'launched',
  'organiser',
  'co-organiser',
  'guide',
  'founder',
]);

/**
 * The date of what a sentence reports: the day it names (as the article's event dates read it, so
 * the inferred year and its note carry over), else — for what happens at an event — the article's
 * one event date. Membership and the like get no date unless the sentence gives one.
 */
export function sentenceDater(
  doc: Doc,
): (sentence: string, type: RelationType) => PartialDate | undefined {
  const strip = (d: PartialDate & { label?: string; end?: string }): PartialDate => {
    const date = { ...d };
    delete date.label;
    delete date.end;
    return date;
  };
  return (sentence, type) => {
    const day = findDayMentions(sentence)[0];
    if (day) {
      const md = `-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
      const known = doc.eventDates.find((d) => d.value?.endsWith(md));
      return known ? strip(known) : resolveDay(day, doc.publishedAt);
    }
    if (AT_EVENT.has(type) && doc.eventDates.length === 1 && doc.eventDates[0]!.value)
      return { ...strip(doc.eventDates[0]!), note: "the article's event date" };
    return undefined;
  };
}

/**
 * A collaboration's date: from the first sentence that founds, signs, launches or upgrades it
 * (`…联盟正式成立运行`, `…协议签约仪式`, `a strategic cooperation agreement was signed`), with the
 * word that says so as its label.
 */
export function collaborationDates(
  occs: Occurrence[],
  ids: Map<Occurrence, string>,
  original: (block: number) => string,
  simplified: (block: number) => string,
  dateOf: (sentence: string, type: RelationType) => PartialDate | undefined,
): Map<string, PartialDate & { label: string }> {
  const out = new Map<string, PartialDate & { label: string }>();
  const sentences = new Map<number, Array<[number, number]>>();
  for (const o of occs) {
    const id = ids.get(o);
    if (!id?.startsWith('c-') || out.has(id)) continue;
    if (!sentences.has(o.block)) sentences.set(o.block, sentenceSpans(original(o.block)));
    const span = sentences.get(o.block)!.find(([s, e]) => o.start >= s && o.end <= e);
    if (!span) continue;
    const m = ESTABLISHED.exec(simplified(o.block).slice(span[0], span[1]));
    if (!m) continue;
    const date = dateOf(original(o.block).slice(span[0], span[1]), 'founder');
    if (date?.value) out.set(id, { ...date, label: m[0] });
  }
  return out;
}
