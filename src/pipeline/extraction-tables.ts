import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { EntityKindSchema, EntitySubtypeSchema, RelationTypeSchema } from '../domain';

/**
 * The extraction tables under data/curation/ that lib/curation.ts does not read: named zones and
 * areas (a gazetteer extension, used with and without curation) and curated entity and relation
 * edits (applied only with curation). Every entry carries a `note` naming its source.
 */
const Note = z.string().min(1);

export const ZoneKindSchema = z.enum(['zone', 'group', 'macro', 'country']);
const ZoneSchema = z.object({
  name: z.string().min(1),
  /**
   * `zone` — a functional zone inside a city (code: the city); `group` — a name for several
   * places (`深蓉`: their codes); `macro` — a broad area (`长三角`), codes for reference only;
   * `country`.
   */
  kind: ZoneKindSchema,
  codes: z.array(z.string().regex(/^\d{6}$/)).default([]),
  aliases: z.array(z.string().min(1)).default([]),
  note: Note,
});
export type Zone = z.infer<typeof ZoneSchema>;

const EntityRef = z.object({ kind: EntityKindSchema, name: z.string().min(1) });
/** The raw file an edit is about: it applies only when that article is in the run (the rest of the table is about other corpora). */
const Article = z.string().optional();
const EntityEditSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('merge'),
    from: EntityRef,
    into: EntityRef,
    article: Article,
    note: Note,
  }),
  z.object({
    action: z.literal('rename'),
    entity: EntityRef,
    name: z.string().min(1),
    en: z.string().optional(),
    article: Article,
    note: Note,
  }),
  z.object({
    action: z.literal('retype'),
    entity: EntityRef,
    kind: EntityKindSchema,
    subtype: EntitySubtypeSchema,
    article: Article,
    note: Note,
  }),
  /** With `article`, only that article's mentions and relations go. */
  z.object({ action: z.literal('suppress'), entity: EntityRef, article: Article, note: Note }),
  z.object({
    action: z.literal('add'),
    entity: EntityRef.extend({
      subtype: EntitySubtypeSchema,
      en: z.string().optional(),
      regionCode: z.string().optional(),
    }),
    articles: z.array(z.string()).default([]),
    note: Note,
  }),
]);
export type EntityEdit = z.infer<typeof EntityEditSchema>;

const RelationEditSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('add'),
    article: z.string(),
    source: EntityRef,
    type: RelationTypeSchema,
    target: EntityRef,
    evidence: z.string().min(1),
    role: z.string().optional(),
    note: Note,
  }),
  z.object({
    action: z.literal('suppress'),
    article: Article,
    source: EntityRef,
    type: RelationTypeSchema.optional(),
    target: EntityRef,
    note: Note,
  }),
  z.object({
    action: z.literal('retype'),
    article: Article,
    source: EntityRef,
    from: RelationTypeSchema,
    to: RelationTypeSchema,
    target: EntityRef,
    note: Note,
  }),
]);
export type RelationEdit = z.infer<typeof RelationEditSchema>;

export interface ExtractionTables {
  zones: Zone[];
  entityEdits: EntityEdit[];
  relationEdits: RelationEdit[];
}

export const EMPTY_TABLES: ExtractionTables = { zones: [], entityEdits: [], relationEdits: [] };

function load<T>(dir: string, file: string, schema: z.ZodType<T>): T[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const parsed = z.array(schema).safeParse(parse(readFileSync(path, 'utf8')) ?? []);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`invalid curation table ${path}:\n${issues}`);
  }
  return parsed.data;
}

export function loadExtractionTables(dir: string): ExtractionTables {
  return {
    zones: load(dir, 'zones.yaml', ZoneSchema),
    entityEdits: load(dir, 'entity-curation.yaml', EntityEditSchema),
    relationEdits: load(dir, 'relation-curation.yaml', RelationEditSchema),
  };
}

/** The same tables without the curated edits: what extraction alone sees (`npm run eval`). */
export const withoutEdits = (t: ExtractionTables): ExtractionTables => ({
  ...t,
  entityEdits: [],
  relationEdits: [],
});
