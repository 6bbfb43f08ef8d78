import {
  SCHEMA_VERSION,
  compareDates,
  relationId,
  type ArticleBody,
  type ArticleSummary,
  type Block,
  type DatasetIndex,
  type Entity,
  type Relation,
} from '../domain';
import type { Resources } from './context';
import type { Doc, DraftBlock } from './doc';
import { applyCuration } from './apply-curation';
import { EMPTY_TABLES } from './extraction-tables';
import { extractCorpus } from './extractors/corpus-names';
import { extractArticle, type ArticleExtraction } from './extractors/extract-article';
import { ancestry, toRegion } from './lib/gazetteer';
import { truncate } from './lib/text';

/** The dataset entity for an article's first sight of it. */
function toEntity(e: ArticleExtraction['entities'][number]): Entity {
  return {
    id: e.id,
    kind: e.kind,
    subtype: e.subtype,
    names: {
      original: e.original,
      zhHans: e.zhHans,
      ...(e.en ? { en: e.en } : {}),
      aliases: [...new Set(e.aliases)].sort(),
    },
    ...(e.regionCode ? { regionCode: e.regionCode } : {}),
    ...(e.titles?.length ? { titles: e.titles } : {}),
    ...(e.date ? { date: e.date } : {}),
    ...(e.curationNote ? { curated: true, curationNote: e.curationNote } : {}),
  };
}

/** A later article's sight of a known entity: its spellings become aliases, its titles add, the earliest date stays. */
function mergeEntity(known: Entity, e: ArticleExtraction['entities'][number]) {
  const spellings = [e.original, ...e.aliases].filter((n) => n !== known.names.original);
  known.names.aliases = [...new Set([...known.names.aliases, ...spellings])].sort();
  for (const t of e.titles ?? [])
    if (!known.titles?.includes(t)) known.titles = [...(known.titles ?? []), t];
  if (e.date && (!known.date || compareDates(e.date, known.date) < 0)) known.date = e.date;
  if (!known.regionCode && e.regionCode) known.regionCode = e.regionCode;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A draft block as the contract ships it: only the schema's fields, in a fixed order. */
function toBlock(b: DraftBlock): Block {
  return {
    type: b.type,
    text: b.text,
    ...(b.src ? { src: b.src } : {}),
    ...(b.originalSrc ? { originalSrc: b.originalSrc } : {}),
    ...(b.alt ? { alt: b.alt } : {}),
    ...(b.language ? { language: b.language } : {}),
  };
}

function excerptOf(blocks: Block[]): string {
  const first =
    blocks.find((b) => b.type === 'paragraph') ?? blocks.find((b) => b.type !== 'image');
  return first ? truncate(first.text, 120) : '';
}

export interface BuiltDataset {
  index: DatasetIndex;
  bodies: ArticleBody[];
  /** Extraction warnings per source file (rule `region-ambiguous`, …). */
  warnings: Map<string, Array<{ rule: string; message: string }>>;
}

/**
 * Cleaned docs → the dataset: bodies, summaries, entities merged across articles by id (first
 * article by id gives the original name, later spellings become aliases), relations deduplicated
 * by id, and regions = every referenced code plus its ancestors.
 */
export function buildDataset(docs: Doc[], res: Resources): BuiltDataset {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const regionCodes = new Set<string>();
  const articles: ArticleSummary[] = [];
  const bodies: ArticleBody[] = [];
  const warnings: BuiltDataset['warnings'] = new Map();
  const sorted = [...docs].sort(byId);
  const blocksOf = sorted.map((doc) => doc.blocks.map(toBlock));
  const extracted = extractCorpus(
    sorted.length,
    (i, corpus) => extractArticle(sorted[i]!, blocksOf[i]!, res, corpus),
    (i) => res.simplify(blocksOf[i]!.map((b) => (b.type === 'image' ? '' : b.text)).join('\n')),
    (x) => x.learned,
    (x) =>
      new Set([
        ...x.learned.map(([n]) => n),
        ...x.entities.flatMap((e) => [e.zhHans, ...e.aliases]),
      ]),
  );
  sorted.forEach((doc, i) => {
    const blocks = blocksOf[i]!;
    const x = extracted[i]!;
    if (x.warnings.length)
      warnings.set(
        doc.sourceFile,
        x.warnings.map((message) => ({ rule: 'region-ambiguous', message })),
      );
    for (const e of x.entities) {
      const known = entities.get(e.id);
      if (known) mergeEntity(known, e);
      else entities.set(e.id, toEntity(e));
    }
    for (const r of x.relations) {
      const id = relationId(r.source, r.type, r.target, doc.id);
      if (!relations.has(id))
        relations.set(id, {
          id,
          source: r.source,
          target: r.target,
          type: r.type,
          ...(r.date ? { date: r.date } : {}),
          articleId: doc.id,
          evidence: r.evidence,
          ...(r.role ? { role: r.role } : {}),
        });
    }
    x.regionCodes.forEach((c) => regionCodes.add(c));
    bodies.push({
      id: doc.id,
      blocks,
      removed: doc.removed,
      mentions: x.mentions,
      regionMentions: x.regionMentions,
    });
    x.regionMentions.forEach((m) => m.codes.forEach((c) => regionCodes.add(c)));
    articles.push({
      id: doc.id,
      sourceFile: doc.sourceFile,
      title: doc.title ?? '',
      language: doc.language ?? 'zh-Hans',
      publishedAt: doc.publishedAt,
      eventDates: doc.eventDates,
      publisher: doc.publisher,
      author: doc.author,
      editor: doc.editor,
      sourceUrl: doc.sourceUrl,
      regionCodes: x.regionCodes,
      entityIds: [...new Set(x.mentions.map((m) => m.entityId))].sort(),
      excerpt: excerptOf(blocks),
    });
  });
  const unmatched = applyCuration(
    { articles, entities, relations, bodies },
    res.extraction ?? EMPTY_TABLES,
  );
  for (const u of unmatched)
    warnings.set(u.file, [
      ...(warnings.get(u.file) ?? []),
      { rule: 'curation-unmatched', message: u.message },
    ]);
  for (const e of entities.values()) if (e.regionCode) regionCodes.add(e.regionCode);
  const withAncestors = new Set([...regionCodes].flatMap((c) => ancestry(res.gazetteer, c)));
  const regions = [...withAncestors].sort().map((c) => toRegion(res.gazetteer.byCode.get(c)!));
  return {
    index: {
      schemaVersion: SCHEMA_VERSION,
      articles,
      entities: [...entities.values()].sort(byId),
      relations: [...relations.values()].sort(byId),
      regions,
    },
    bodies,
    warnings,
  };
}
