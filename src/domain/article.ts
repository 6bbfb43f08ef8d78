import { z } from 'zod';
import { PartialDateSchema } from './dates';
import { BasisSchema, LanguageSchema } from './language';
import { RegionCodeSchema } from './region';

export const ARTICLE_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

export const EventDateSchema = PartialDateSchema.and(
  z.object({
    /** What happened on that date, in the article's words when short enough. */
    label: z.string().optional(),
    /** The last day of a range (`11月8日至10日`), in the same shape as `value` (day precision). */
    end: z
      .string()
      .regex(/^(\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
      .optional(),
  }),
);
export type EventDate = z.infer<typeof EventDateSchema>;

export const StatedValueSchema = z.object({ name: z.string().min(1), basis: BasisSchema });

/** One entry of `index.json#articles`: enough to list, filter and link an article. */
export const ArticleSummarySchema = z.object({
  id: z.string().regex(ARTICLE_ID_PATTERN),
  /** The raw file's name under data/raw. */
  sourceFile: z.string().min(1),
  title: z.string().min(1),
  language: LanguageSchema,
  publishedAt: PartialDateSchema,
  eventDates: z.array(EventDateSchema),
  publisher: StatedValueSchema.nullable(),
  author: StatedValueSchema.nullable().optional(),
  /** Editor credits (`编辑：`, `責編：`, `责任编辑：`), joined with `、` in page order. */
  editor: StatedValueSchema.nullable().optional(),
  sourceUrl: z.string().url().nullable(),
  regionCodes: z.array(RegionCodeSchema),
  entityIds: z.array(z.string()),
  /** First words of the body, for lists (plain text, article's script). */
  excerpt: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const BlockTypeSchema = z.enum(['heading', 'paragraph', 'image', 'caption']);
export type BlockType = z.infer<typeof BlockTypeSchema>;

const HttpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'only http(s) URLs');

export const BlockSchema = z.object({
  type: BlockTypeSchema,
  /** Plain text, never markup. Empty only for images without alt text. */
  text: z.string(),
  src: HttpUrl.optional(),
  /** The URL as found on the page when `src` was unwrapped from a proxy. */
  originalSrc: HttpUrl.optional(),
  alt: z.string().optional(),
  /** Set when the block's language differs from the article's. */
  language: LanguageSchema.optional(),
});
export type Block = z.infer<typeof BlockSchema>;

export const RemovalKindSchema = z.enum([
  'spam',
  'navigation',
  'boilerplate',
  'copyright',
  'widget',
  'contact',
  'credit',
  'markup',
  'converter-artifact',
  'duplicate',
  'metadata',
  'empty',
]);
export type RemovalKind = z.infer<typeof RemovalKindSchema>;

export const RemovalSchema = z.object({
  kind: RemovalKindSchema,
  text: z.string(),
  /** The name of the rule that fired (a stage rule or a curation table entry). */
  rule: z.string().min(1),
  /** How many times this exact text was removed (e.g. one converter artifact repeated); absent means once. */
  count: z.number().int().positive().optional(),
});
export type Removal = z.infer<typeof RemovalSchema>;

export const MentionSchema = z.object({
  entityId: z.string(),
  /** Index into `blocks`. */
  block: z.number().int().nonnegative(),
  /** UTF-16 offsets into the block's text; `end` exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type Mention = z.infer<typeof MentionSchema>;

/**
 * A place named in a block: a GB/T 2260 division, a zone or a broad area (data/curation/zones.yaml).
 * `codes` are the divisions it stands for (a zone: its city; a broad area or the country: none).
 */
export const RegionMentionSchema = z.object({
  name: z.string().min(1),
  codes: z.array(RegionCodeSchema),
  block: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** Inside an entity's name (`北京` in `北京银行`): the place counts for the article, the name is the mention. */
  inName: z.boolean().optional(),
});
export type RegionMention = z.infer<typeof RegionMentionSchema>;

/** `articles/<id>.json`: the body of one article. */
export const ArticleBodySchema = z
  .object({
    id: z.string().regex(ARTICLE_ID_PATTERN),
    blocks: z.array(BlockSchema),
    removed: z.array(RemovalSchema),
    /** Entity mentions; a parent institution may nest inside a longer name (`济宁市医学科学研究院` in its centre), never cross one. */
    mentions: z.array(MentionSchema),
    /** Places named in the blocks, those inside entity names marked `inName`. */
    regionMentions: z.array(RegionMentionSchema).optional(),
  })
  .superRefine((a, ctx) => {
    const check = (m: { block: number; start: number; end: number }, path: (string | number)[]) => {
      const block = a.blocks[m.block];
      if (!block || m.end > block.text.length || m.start >= m.end)
        ctx.addIssue({ code: 'custom', path, message: 'mention is outside its block' });
    };
    a.mentions.forEach((m, i) => check(m, ['mentions', i]));
    a.regionMentions?.forEach((m, i) => check(m, ['regionMentions', i]));
  });
export type ArticleBody = z.infer<typeof ArticleBodySchema>;
