import {
  entityId,
  type Block,
  type EntitySubtype,
  type Mention,
  type PartialDate,
} from '../../domain';
import type { Resources } from '../context';
import type { Doc } from '../doc';
import { aliasFor } from '../lib/curation';
import { findDayMentions } from '../lib/dates';
import { findNames, type NameHit } from './find-names';
import { GENERIC_AGREEMENT } from './lexicon';
import { findRegionHits, regionIndex, resolveRegions } from './regions';
import { relationsInBlock, type RawRelation } from './relations';

/** An entity as one article sees it; build-dataset merges these across articles by id. */
export interface RawEntity {
  id: string;
  kind: NameHit['kind'];
  subtype: EntitySubtype;
  original: string;
  /** Other spellings of the same entity in this article. */
  aliases: string[];
  zhHans: string;
  en?: string;
  regionCode?: string;
  curationNote?: string;
}

export interface ArticleExtraction {
  entities: RawEntity[];
  mentions: Mention[];
  relations: RawRelation[];
  regionCodes: string[];
  warnings: string[];
}

type Hit = NameHit & { id: string };

/**
 * Entities, mentions, relations and regions of one cleaned article. Matching runs on the
 * Simplified text, whose offsets equal the original's (lib/chinese.ts), so mentions point into
 * the blocks exactly as shipped. A bare `联盟` counts as a mention of the article's alliance
 * when the article names exactly one.
 */
export function extractArticle(doc: Doc, blocks: Block[], res: Resources): ArticleExtraction {
  const index = regionIndex(res.gazetteer, res.curation.regionGuards);
  const simplified = blocks.map((b) => (b.type === 'image' ? '' : res.simplify(b.text)));
  const titleHits = findRegionHits(res.simplify(doc.title ?? ''), index);
  const regions = resolveRegions(
    [...titleHits, ...simplified.flatMap((t) => findRegionHits(t, index))],
    res.gazetteer,
  );
  const articleRegions = new Set(regions.codes);
  const startsWithRegion = (name: string) => findRegionHits(name, index).some((h) => h.start === 0);
  const regionOf = (name: string): string | undefined => {
    const own = resolveRegions(findRegionHits(name, index), res.gazetteer, articleRegions).codes;
    return own.sort((a, b) => b.replace(/0+$/, '').length - a.replace(/0+$/, '').length)[0];
  };

  const entities = new Map<string, RawEntity>();
  const perBlock: Hit[][] = simplified.map((text, block) =>
    findNames(text, startsWithRegion).flatMap((hit): Hit[] => {
      if (hit.bare) return [{ ...hit, id: '' }];
      const latin = !/\p{Script=Han}/u.test(hit.name);
      let key = latin ? hit.name.toLowerCase().replace(/[’']/g, "'") : hit.name;
      // Generic agreement names (`全面合作战略协议`) name a signing in this article, not a shared entity.
      if (hit.subtype === 'agreement' && GENERIC_AGREEMENT.test(hit.name))
        key = `${doc.id}#agreement`;
      const alias = aliasFor(res.curation, key, doc.sourceFile);
      if (alias) key = alias.canonical;
      const id = entityId(hit.kind, key);
      const name = blocks[block]!.text.slice(hit.start, hit.end);
      const known = entities.get(id);
      if (!known) {
        const code = regionOf(key);
        entities.set(id, {
          id,
          kind: hit.kind,
          subtype: hit.subtype,
          original: name,
          aliases: [],
          zhHans: latin && !alias ? hit.name : key,
          ...(latin ? { en: name } : {}),
          ...(code ? { regionCode: code } : {}),
          ...(alias ? { curationNote: alias.note } : {}),
        });
      } else if (known.original !== name && !known.aliases.includes(name)) {
        // A curated alias was seen first; the canonical spelling, when it appears, is the name.
        if (!alias && known.curationNote)
          [known.original, known.aliases] = [name, [...known.aliases, known.original]];
        else known.aliases.push(name);
      }
      return [{ ...hit, id }];
    }),
  );
  const alliances = [...entities.values()].filter((e) => e.subtype === 'alliance');
  const referent = alliances.length === 1 ? alliances[0]!.id : null;

  const mentions: Mention[] = [];
  const relations: RawRelation[] = [];
  perBlock.forEach((hits, block) => {
    const resolved = hits.flatMap((h) =>
      h.bare ? (referent ? [{ ...h, id: referent }] : []) : [h],
    );
    for (const h of resolved) mentions.push({ entityId: h.id, block, start: h.start, end: h.end });
    relations.push(
      ...relationsInBlock(blocks[block]!.text, simplified[block]!, resolved, dateIn(doc)),
    );
  });
  return {
    entities: [...entities.values()],
    mentions,
    relations,
    regionCodes: regions.codes,
    warnings: regions.ambiguous.map((a) => `ambiguous region name: ${a}`),
  };
}

/** The article's event date for a sentence that names a day, if the article dated it. */
function dateIn(doc: Doc): (sentence: string) => PartialDate | undefined {
  return (sentence) => {
    const day = findDayMentions(sentence)[0];
    if (!day) return undefined;
    const md = `-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
    const hit = doc.eventDates.find((d) => d.value?.endsWith(md));
    if (!hit) return undefined;
    const date: PartialDate & { label?: string } = { ...hit };
    delete date.label;
    return date;
  };
}
