import { z } from 'zod';
import { ArticleBodySchema, ArticleSummarySchema, type ArticleBody } from './article';
import { PartialDateSchema } from './dates';
import { EntitySchema, RelationSchema, type Relation } from './entity';
import { LanguageSchema } from './language';
import { RegionSchema } from './region';

/** Version 2: the sharded layout (version 1 was one `index.json`). */
export const SHARDED_SCHEMA_VERSION = 2;

const Count = z.number().int().nonnegative();

/** Counts per region, each item counted once in every region it lies in (a city counts for its province). */
export const RegionStatsSchema = z.object({
  articles: Count,
  collaborations: Count,
  institutions: Count,
});
export type RegionStats = z.infer<typeof RegionStatsSchema>;

export const ManifestRegionSchema = RegionSchema.extend({ stats: RegionStatsSchema });
export type ManifestRegion = z.infer<typeof ManifestRegionSchema>;

/** Dated timeline entries (publications and events) per `YYYY-MM`, or per `YYYY` for year-only dates. */
export const DensityBinSchema = z.object({
  key: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/),
  events: Count,
  published: Count,
});

export const SummaryShardInfoSchema = z.object({
  count: Count,
  /** Sort keys of the first and last summary (`dateSortKey`), so a range can skip shards. */
  first: z.string(),
  last: z.string(),
});

/** `manifest.json`: loaded first, small at any size; says where everything else is. */
export const ManifestSchema = z.object({
  schemaVersion: z.literal(SHARDED_SCHEMA_VERSION),
  counts: z.object({
    articles: Count,
    entities: Count,
    relations: Count,
    regions: Count,
    /** Entities per kind, and relations with a date: the About page needs no shard. */
    byKind: z.object({ collaboration: Count, institution: Count, person: Count }),
    datedRelations: Count,
  }),
  regions: z.array(ManifestRegionSchema),
  facets: z.object({
    collaborationTypes: z.record(z.string(), Count),
    languages: z.record(z.string(), Count),
    years: z.record(z.string(), Count),
  }),
  density: z.array(DensityBinSchema),
  shards: z.object({
    summaries: z.array(SummaryShardInfoSchema),
    /** Entity (and relation) shards per kind prefix: `entities/c0.json` … (`entityShardKey`). */
    entities: z.object({ c: Count, i: Count, p: Count }),
    bodies: Count,
  }),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** `summaries/<k>.json`: article summaries in date order (publication, else first event), then id. */
export const SummaryShardSchema = z.object({ articles: z.array(ArticleSummarySchema) });
export type SummaryShard = z.infer<typeof SummaryShardSchema>;

/** Precomputed per entity so lists (alliances) need no relations. */
export const EntityStatsSchema = z.object({
  /** Articles naming it. */
  articles: Count,
  /** Distinct entities taking part in it (member, founder, organiser, signatory, …). */
  members: Count,
  /** The script of the first article naming it. */
  language: LanguageSchema.optional(),
  /** Earliest dated relation, and first/last publication of an article naming it. */
  firstRelationDate: PartialDateSchema.optional(),
  firstPublished: PartialDateSchema.optional(),
  lastPublished: PartialDateSchema.optional(),
});
export type EntityStats = z.infer<typeof EntityStatsSchema>;

/** `entities/<key>.json`: entities whose `entityShardKey(id, manifest.shards.entities)` is key, by id. */
export const EntityShardSchema = z.object({
  entities: z.array(EntitySchema),
  stats: z.record(z.string(), EntityStatsSchema),
});
export type EntityShard = z.infer<typeof EntityShardSchema>;

/**
 * `relations/<key>.json`: every relation with either end in entity shard key (so most are in two
 * files). Several relations come from one sentence (a list of members), so evidence sentences are
 * stored once per shard and relations point at them by index: a third smaller.
 */
export const RelationShardSchema = z
  .object({
    evidence: z.array(z.string().min(1)),
    relations: z.array(
      RelationSchema.omit({ evidence: true }).extend({ evidence: z.number().int().nonnegative() }),
    ),
  })
  .superRefine((shard, ctx) => {
    shard.relations.forEach((r, i) => {
      if (r.evidence >= shard.evidence.length)
        ctx.addIssue({
          code: 'custom',
          path: ['relations', i, 'evidence'],
          message: 'no such evidence',
        });
    });
  });
export type RelationShard = z.infer<typeof RelationShardSchema>;

export function encodeRelations(relations: readonly Relation[]): RelationShard {
  const evidence: string[] = [];
  const at = new Map<string, number>();
  const encoded = relations.map((r) => {
    let i = at.get(r.evidence);
    if (i === undefined) {
      i = evidence.push(r.evidence) - 1;
      at.set(r.evidence, i);
    }
    return { ...r, evidence: i };
  });
  return { evidence, relations: encoded };
}

export function decodeRelations(shard: RelationShard): Relation[] {
  return shard.relations.map((r) => ({ ...r, evidence: shard.evidence[r.evidence] as string }));
}

/** One article as the reader paints it: summary, body and the entities it names, denormalised. */
export const BodyRecordSchema = z.object({
  summary: ArticleSummarySchema,
  body: ArticleBodySchema,
  entities: z.array(EntitySchema),
});
export type BodyRecord = z.infer<typeof BodyRecordSchema>;

/** A body shard as the app uses it: articles with `shardOf(id, manifest.shards.bodies) === k`, by id. */
export const BodyShardSchema = z.object({ articles: z.array(BodyRecordSchema) });
export type BodyShard = z.infer<typeof BodyShardSchema>;

/**
 * `bodies/<k>.json` on disk: what cleaning removed is mostly a site's boilerplate, repeated on
 * every page, so each distinct removal is stored once per shard (`removed`) and a body lists
 * indexes into it. `BodyShardFileSchema` checks that frame and decodes it into a `BodyShard`,
 * which is then validated in full; `bodyRecordSchema(id)` decodes and validates one article.
 */
export type BodyShardFile = {
  removed: ArticleBody['removed'];
  articles: Array<
    Omit<BodyRecord, 'body'> & { body: Omit<ArticleBody, 'removed'> & { removed: number[] } }
  >;
};

export function encodeBodyShard(shard: BodyShard): BodyShardFile {
  const removed: ArticleBody['removed'] = [];
  const at = new Map<string, number>();
  const ref = (removal: ArticleBody['removed'][number]) => {
    const key = JSON.stringify(removal);
    let i = at.get(key);
    if (i === undefined) {
      i = removed.push(removal) - 1;
      at.set(key, i);
    }
    return i;
  };
  return {
    removed,
    articles: shard.articles.map((r) => ({
      ...r,
      body: { ...r.body, removed: r.body.removed.map(ref) },
    })),
  };
}

/** The frame of a body shard file: removals, and each record's id and removal indexes. */
const BodyShardFrameSchema = z.object({
  removed: z.array(z.unknown()),
  articles: z.array(
    z.looseObject({
      summary: z.looseObject({ id: z.string() }),
      body: z.looseObject({ removed: z.array(z.number().int().nonnegative()) }),
    }),
  ),
});
type BodyShardFrame = z.infer<typeof BodyShardFrameSchema>;

/** Record `i` of a frame with its removal indexes replaced by the removals (a bad index is an issue). */
function decodeRecord(file: BodyShardFrame, i: number, ctx: z.RefinementCtx) {
  const r = file.articles[i]!;
  return {
    ...r,
    body: {
      ...r.body,
      removed: r.body.removed.map((k, j) => {
        if (k >= file.removed.length)
          ctx.addIssue({
            code: 'custom',
            path: ['articles', i, 'body', 'removed', j],
            message: 'no such removal',
          });
        return file.removed[k];
      }),
    },
  };
}

export const BodyShardFileSchema = BodyShardFrameSchema.transform((file, ctx) => ({
  articles: file.articles.map((_, i) => decodeRecord(file, i, ctx)),
})).pipe(BodyShardSchema);

/**
 * One article of a body shard file, checked in full, or null when the shard does not hold it. A
 * deep link needs one article: the shard's others are neither checked nor sent to the page.
 */
export const bodyRecordSchema = (id: string) =>
  BodyShardFrameSchema.transform((file, ctx) => {
    const i = file.articles.findIndex((r) => r.summary.id === id);
    return i < 0 ? null : decodeRecord(file, i, ctx);
  }).pipe(BodyRecordSchema.nullable());

export {
  ENTITY_PREFIXES,
  OUTPUT_LIMITS,
  entityShardKey,
  entityShardKeys,
  planShards,
  shardOf,
  type EntityPrefix,
} from './shard-plan';
