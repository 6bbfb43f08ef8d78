import { z } from 'zod';
import { PartialDateSchema } from './dates';
import { RegionCodeSchema } from './region';

export const EntityKindSchema = z.enum(['collaboration', 'institution', 'person']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

export const CollaborationSubtypeSchema = z.enum([
  'alliance',
  'agreement',
  'joint-lab',
  'committee',
  'incubator',
  'programme',
  'other',
]);
export const InstitutionSubtypeSchema = z.enum([
  'hospital',
  'university',
  'company',
  'government',
  'association',
  'research',
  'park',
  'media',
  'investor',
  'other',
]);
export const EntitySubtypeSchema = z.union([
  CollaborationSubtypeSchema,
  InstitutionSubtypeSchema,
  z.literal('person'),
]);
export type EntitySubtype = z.infer<typeof EntitySubtypeSchema>;

export const EntityNamesSchema = z.object({
  /** As written in the first article that names it (converter artifacts removed). */
  original: z.string().min(1),
  /** Simplified form, used for display toggles, matching and search. */
  zhHans: z.string().min(1),
  en: z.string().optional(),
  aliases: z.array(z.string()),
});

export const EntitySchema = z.object({
  id: z.string().regex(/^[cip]-[0-9a-f]{8}$/),
  kind: EntityKindSchema,
  subtype: EntitySubtypeSchema,
  names: EntityNamesSchema,
  regionCode: RegionCodeSchema.optional(),
  /** People: titles as stated next to the name (`院长`, `副局长级干部`, `director`), in article order. */
  titles: z.array(z.string().min(1)).optional(),
  /**
   * Collaborations: when it was founded, signed, launched or upgraded, from the sentence that says
   * so (or the article's one event date); `label` is the word that says what happened (`成立`, `签署`).
   */
  date: PartialDateSchema.and(z.object({ label: z.string().optional() })).optional(),
  /** Set when a reviewed table under data/curation added or changed this entity. */
  curated: z.boolean().optional(),
  curationNote: z.string().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const RelationTypeSchema = z.enum([
  'member',
  'founder',
  'organiser',
  'co-organiser',
  'guide',
  'signatory',
  'operator',
  'witness',
  'launched',
  'located-in',
  'mentioned-with',
]);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const RelationSchema = z.object({
  id: z.string().regex(/^r-[0-9a-f]{8}$/),
  source: z.string(),
  target: z.string(),
  type: RelationTypeSchema,
  date: PartialDateSchema.optional(),
  articleId: z.string(),
  /** The sentence the relation was read from, in the article's own script. */
  evidence: z.string().min(1),
  /** The role as stated, for a person's relation to an organisation (`院长`, `Secretary-General`). */
  role: z.string().min(1).optional(),
  curated: z.boolean().optional(),
});
export type Relation = z.infer<typeof RelationSchema>;
