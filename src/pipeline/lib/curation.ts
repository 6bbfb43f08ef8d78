import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RemovalKindSchema } from '../../domain';

/**
 * Reviewed tables under data/curation/. Each entry carries a `note` saying where it came from;
 * code holds the general rules, these tables hold the known cases (STYLE.md, "Pipeline habits").
 */
const Note = z.string().min(1);

const SpamLexiconSchema = z.object({
  groups: z.array(
    z.object({
      id: z.string(),
      weight: z.enum(['strong', 'weak']),
      note: Note,
      terms: z.array(z.string().min(1)),
    }),
  ),
});

const BoilerplateSchema = z.object({
  lines: z.array(
    z.object({
      id: z.string(),
      kind: RemovalKindSchema,
      pattern: z.string(),
      /** `tail`: only after the last body paragraph (words that may also be content above it). */
      position: z.enum(['any', 'tail']).default('any'),
      note: Note,
    }),
  ),
  /** Words of page widgets; a short line made almost only of them is a widget row. */
  widgetWords: z
    .array(z.object({ id: z.string(), words: z.array(z.string().min(1)), note: Note }))
    .default([]),
  endMarkers: z.array(z.object({ id: z.string(), pattern: z.string(), note: Note })),
  tailNotices: z.array(
    z.object({ id: z.string(), kind: RemovalKindSchema, heading: z.string(), note: Note }),
  ),
});

const CuratedEventSchema = z.object({
  value: z.string(),
  asStated: z.string().optional(),
  label: z.string().optional(),
});
const FactSchema = z.discriminatedUnion('field', [
  z.object({ article: z.string(), field: z.literal('publishedAt'), value: z.string(), note: Note }),
  z.object({
    article: z.string(),
    field: z.literal('eventDates'),
    value: z.array(CuratedEventSchema),
    note: Note,
  }),
  z.object({
    article: z.string(),
    field: z.literal('publisher'),
    value: z.string().min(1),
    note: Note,
  }),
  z.object({
    article: z.string(),
    field: z.literal('sourceUrl'),
    value: z.string().url(),
    note: Note,
  }),
]);
export type CuratedFact = z.infer<typeof FactSchema>;

const TextRepairSchema = z.object({
  id: z.string(),
  article: z.string(),
  find: z.string().min(1),
  replace: z.string(),
  note: Note,
});
export type TextRepair = z.infer<typeof TextRepairSchema>;

const VariantSchema = z.object({
  from: z.string().length(1),
  to: z.string().length(1),
  note: Note,
});
const MatchPhraseSchema = z
  .object({ from: z.string().min(2), to: z.string().min(2), note: Note })
  .refine((p) => p.from.length === p.to.length, {
    message: 'from and to must have the same length (match-text offsets are offsets into the page)',
  });
const AliasSchema = z.object({
  alias: z.string().min(1),
  canonical: z.string().min(1),
  article: z.string().optional(),
  note: Note,
});
const GuardSchema = z.object({ name: z.string().min(1), note: Note });

export interface Curation {
  spam: z.infer<typeof SpamLexiconSchema>;
  boilerplate: z.infer<typeof BoilerplateSchema>;
  facts: CuratedFact[];
  textRepairs: TextRepair[];
  /** One-for-one character variants mapped before Simplified conversion (産 → 產). */
  variants: Map<string, string>;
  /** Equal-length Simplified phrases mapped on the match text only (品质发展 → 质量发展). */
  matchPhrases: Array<{ from: string; to: string }>;
  /** Simplified alias match key → canonical match key; see `aliasFor`. */
  aliases: Map<string, { canonical: string; note: string }>;
  /** Region short forms / English names never matched on their own (common words). */
  regionGuards: Set<string>;
}

export const EMPTY_CURATION: Curation = {
  spam: { groups: [] },
  boilerplate: { lines: [], widgetWords: [], endMarkers: [], tailNotices: [] },
  facts: [],
  textRepairs: [],
  variants: new Map(),
  matchPhrases: [],
  aliases: new Map(),
  regionGuards: new Set(),
};

function load<T>(dir: string, file: string, schema: z.ZodType<T>, fallback: T): T {
  const path = join(dir, file);
  if (!existsSync(path)) return fallback;
  const parsed = schema.safeParse(parse(readFileSync(path, 'utf8')) ?? fallback);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`invalid curation table ${path}:\n${issues}`);
  }
  return parsed.data;
}

export function loadCuration(dir: string): Curation {
  const variants = load(dir, 'char-variants.yaml', z.array(VariantSchema), []);
  const aliases = load(dir, 'entity-aliases.yaml', z.array(AliasSchema), []);
  const guards = load(dir, 'region-guards.yaml', z.array(GuardSchema), []);
  const curation: Curation = {
    spam: load(dir, 'spam-lexicon.yaml', SpamLexiconSchema, EMPTY_CURATION.spam),
    boilerplate: load(
      dir,
      'boilerplate-markers.yaml',
      BoilerplateSchema,
      EMPTY_CURATION.boilerplate,
    ),
    facts: load(dir, 'facts.yaml', z.array(FactSchema), []),
    textRepairs: load(dir, 'text-repairs.yaml', z.array(TextRepairSchema), []),
    variants: new Map(variants.map((v) => [v.from, v.to])),
    matchPhrases: load(dir, 'match-phrases.yaml', z.array(MatchPhraseSchema), []).map(
      ({ from, to }) => ({ from, to }),
    ),
    aliases: new Map(
      aliases.map((a) => [aliasKey(a.alias, a.article), { canonical: a.canonical, note: a.note }]),
    ),
    regionGuards: new Set(guards.map((g) => g.name)),
  };
  // Patterns are compiled once here so a bad regex fails the run with its id, not mid-article.
  for (const m of [...curation.boilerplate.lines, ...curation.boilerplate.endMarkers])
    compile(m.id, m.pattern);
  for (const t of curation.boilerplate.tailNotices) compile(t.id, t.heading);
  return curation;
}

const compiled = new Map<string, Map<string, RegExp>>();
/** Curation patterns are Unicode, case-insensitive regexes, compiled once per id and pattern. */
export function compile(id: string, pattern: string): RegExp {
  let byPattern = compiled.get(id);
  if (!byPattern) compiled.set(id, (byPattern = new Map()));
  let re = byPattern.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern, 'iu');
    } catch (e) {
      throw new Error(`curation pattern ${id} is not a valid regex: ${(e as Error).message}`);
    }
    byPattern.set(pattern, re);
  }
  return re;
}

const aliasKey = (alias: string, article?: string) => `${article ?? '*'}\u0000${alias}`;

/** The canonical entity for a match key: an entry scoped to this article first, then a global one. */
export function aliasFor(
  curation: Curation,
  matchKey: string,
  sourceFile: string,
): { canonical: string; note: string } | undefined {
  return (
    curation.aliases.get(aliasKey(matchKey, sourceFile)) ?? curation.aliases.get(aliasKey(matchKey))
  );
}
