import {
  entityId,
  type Block,
  type Mention,
  type PartialDate,
  type RegionMention,
} from '../../domain';
import type { Resources } from '../context';
import type { Doc } from '../doc';
import { EMPTY_TABLES } from '../extraction-tables';
import { resolveEntities, type RawEntity } from './article-entities';
import { collectOccurrences } from './article-occurrences';
import { affiliationsOf } from './article-people';
import { keyOf } from './entity-keys';
import { articlePlace } from './article-place';
import { collaborationDates, sentenceDater } from './event-dates';
import { Coverage } from './coverage';
import { learnedNames } from './corpus-names';
import type { InstSubtype } from './lexicon/heads';
import type { NameTable } from './name-table';
import { extractText } from './extract-text';
import { findRegionHits, regionIndex, type RegionHit } from './regions';
import { relationsOf, type RawRelation } from './relations';
import { resolveHit, sureCodes, type ResolvedRegion } from './resolve-regions';

export type { RawEntity } from './article-entities';
export type { RawRelation } from './relations';

export interface ArticleExtraction {
  entities: Array<RawEntity & { date?: PartialDate & { label: string } }>;
  mentions: Mention[];
  regionMentions: RegionMention[];
  relations: RawRelation[];
  regionCodes: string[];
  warnings: string[];
  /** Names read from context, which teach the other articles of the run (corpus-names.ts). */
  learned: Array<[string, InstSubtype]>;
}

/**
 * Entities, mentions, relations and regions of one cleaned article. Matching runs on the
 * Simplified text, whose offsets equal the original's (lib/chinese.ts), so mentions point into
 * the blocks exactly as shipped. Order: names per block (extract-text.ts), the article's places
 * (what `市` and a bare `高新区` mean), the names found once looked up everywhere, entities and
 * keys (article-entities.ts), then relations and dates, which need the ids. With `corpus`, the
 * names other articles of the run read from context are names here too.
 */
export function extractArticle(
  doc: Doc,
  blocks: Block[],
  res: Resources,
  corpus?: NameTable,
): ArticleExtraction {
  const tables = res.extraction ?? EMPTY_TABLES;
  const index = regionIndex(res.gazetteer, res.curation.regionGuards, tables.zones);
  const simplified = blocks.map((b) => (b.type === 'image' ? '' : res.simplify(b.text)));
  const found = simplified.map((t) => extractText(t, index, corpus));

  const title = res.simplify(doc.title ?? '');
  const titleHits = findRegionHits(title, index);
  const blockHits = found.flatMap((x, block) => x.scan.regions.map((hit) => ({ block, hit })));
  const surface = (block: number) => (h: RegionHit) =>
    block < 0 ? title.slice(h.start, h.end) : simplified[block]!.slice(h.start, h.end);
  const sure = sureCodes([...titleHits, ...blockHits.map((b) => b.hit)], res.gazetteer);
  const resolved = new Map<RegionHit, ResolvedRegion>();
  const ambiguous = new Set<string>();
  for (const { block, hit } of [...titleHits.map((hit) => ({ block: -1, hit })), ...blockHits]) {
    const r = resolveHit(hit, res.gazetteer, surface(block), sure);
    if (r) resolved.set(hit, r);
    else if (!hit.relative)
      ambiguous.add(hit.rows.map((row) => `${row.name} ${row.code}`).join(' / '));
  }
  const place = articlePlace([...resolved.values()], res.gazetteer);

  const occs = collectOccurrences(simplified, found);
  const text = (block: number) => blocks[block]!.text;
  const simple = (block: number) => simplified[block]!;
  const keyCtx = { index, gazetteer: res.gazetteer, codes: place.codes };
  const { entities, ids } = resolveEntities(occs, text, simple, doc, res, place, keyCtx);

  const mentions: Mention[] = occs.flatMap((o) => {
    const id = ids.get(o);
    return id ? [{ entityId: id, block: o.block, start: o.start, end: o.end }] : [];
  });
  const regionMentions: RegionMention[] = [];
  const codes = new Set<string>();
  const named = simplified.map((t) => new Coverage(t.length));
  for (const o of occs) named[o.block]!.add(o.start, o.end);
  for (const { block, hit } of blockHits) {
    const inside = named[block]!.overlaps(hit.start, hit.end);
    let r = resolved.get(hit);
    if (
      !r &&
      hit.relative &&
      place.zone &&
      simplified[block]!.slice(hit.start, hit.end) !== place.zone.name
    )
      r = { ...hit, codes: place.zone.codes, name: place.zone.name };
    if (!r || (inside && r.kind === 'country')) continue;
    if (r.kind !== 'macro') r.codes.forEach((c) => codes.add(c));
    regionMentions.push({
      name: r.name,
      codes: r.kind === 'macro' ? [] : r.codes,
      block,
      start: hit.start,
      end: hit.end,
      ...(inside ? { inName: true } : {}),
    });
  }
  for (const hit of titleHits)
    resolved.get(hit)?.codes.forEach((c) => resolved.get(hit)!.kind !== 'macro' && codes.add(c));

  const dateOf = sentenceDater(doc);
  const agreements = [...entities.values()].filter((e) => e.subtype === 'agreement');
  const governmentOf = (place: string) => {
    const id = entityId('institution', keyOf(`${place}政府`, false, keyCtx).key);
    return entities.has(id) ? id : undefined;
  };
  const relations = relationsOf({
    occs,
    ids,
    original: text,
    simplified: simple,
    affiliations: (p) => affiliationsOf(p, occs, simple(p.block), ids, governmentOf),
    ...(agreements.length === 1 ? { agreement: agreements[0]!.id } : {}),
    dateOf,
  });
  const dates = collaborationDates(occs, ids, text, simple, dateOf);
  return {
    entities: [...entities.values()].map((e) =>
      dates.has(e.id) ? { ...e, date: dates.get(e.id)! } : e,
    ),
    mentions,
    regionMentions,
    relations,
    regionCodes: [...codes].sort(),
    warnings: [...ambiguous].map((a) => `ambiguous region name: ${a}`),
    learned: found.flatMap((x) => learnedNames(x.names)),
  };
}
