import type { Resources } from '../context';
import { runPipeline } from '../build';
import { EMPTY_TABLES, withoutEdits } from '../extraction-tables';
import type { GoldArticle } from './gold';
import {
  add,
  prf,
  scoreDates,
  scoreKind,
  scoreRelations,
  zero,
  type Counts,
  type Predicted,
  type Prf,
} from './score';

export interface Scores {
  collaborations: { core: Prf; all: Prf };
  institutions: Prf;
  people: Prf;
  regions: Prf;
  relations: Prf;
  dates: { accuracy: number };
}
export interface EvalResult {
  extractionOnly: Scores;
  withCuration: Scores;
  /** The raw counts behind each figure, for the table. */
  counts: {
    extractionOnly: Record<string, Counts | { right: number; n: number }>;
    withCuration: Record<string, Counts | { right: number; n: number }>;
  };
}

/** Extraction alone: no curated aliases and no curated entity or relation edits (zones and guards stay: they are the gazetteer). */
export function extractionOnly(res: Resources): Resources {
  return {
    ...res,
    curation: { ...res.curation, aliases: new Map() },
    extraction: withoutEdits(res.extraction ?? EMPTY_TABLES),
  };
}

/** Names to match an entity by; for places also the short and English names the gazetteer or zones table give. */
function predictions(res: Resources, inDir: string) {
  const run = runPipeline(inDir, res);
  const entities = new Map(run.index.entities.map((e) => [e.id, e]));
  const zones = new Map((res.extraction?.zones ?? []).map((z) => [z.name, z.aliases]));
  const byName = new Map(res.gazetteer.rows.map((r) => [r.name, r]));
  return run.index.articles.map((a) => {
    const body = run.bodies.find((b) => b.id === a.id)!;
    const ents: Predicted[] = a.entityIds.flatMap((id) => {
      const e = entities.get(id);
      if (!e) return [];
      const names = [e.names.original, e.names.zhHans, e.names.en ?? '', ...e.names.aliases];
      return [{ id, kind: e.kind, names, date: e.date?.value ?? null }];
    });
    const regionNames = [...new Set((body.regionMentions ?? []).map((m) => m.name))];
    const regions: Predicted[] = regionNames.map((name) => {
      const row = byName.get(name);
      return {
        id: name,
        kind: 'region',
        names: [name, ...(zones.get(name) ?? []), row?.short ?? '', row?.nameEn ?? ''],
      };
    });
    const relations = run.index.relations.filter((r) => r.articleId === a.id);
    return { id: a.id, ents, regions, relations };
  });
}

function scoreRun(res: Resources, inDir: string, gold: GoldArticle[]) {
  const key = (name: string) =>
    res
      .simplify(name)
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[(（][^)）]*[)）]/g, '')
      .replace(/\bhi-tech\b/g, 'high-tech')
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
  const totals: Record<string, Counts> = {};
  const bump = (k: string, c: Counts) => (totals[k] = add(totals[k] ?? zero(), c));
  const dates = { right: 0, n: 0 };
  for (const p of predictions(res, inDir)) {
    const g = gold.find((x) => x.id === p.id);
    if (!g) continue;
    bump('collaborations.core', scoreKind('collaboration', p.ents, g, key, new Set(['core'])));
    bump('collaborations.all', scoreKind('collaboration', p.ents, g, key));
    bump('institutions', scoreKind('institution', p.ents, g, key));
    bump('people', scoreKind('person', p.ents, g, key));
    bump('regions', scoreKind('region', p.regions, g, key));
    bump('relations', scoreRelations(p.relations, p.ents, g, key));
    const d = scoreDates(p.ents, g, key);
    dates.right += d.right;
    dates.n += d.n;
  }
  const scores: Scores = {
    collaborations: {
      core: prf(totals['collaborations.core']!),
      all: prf(totals['collaborations.all']!),
    },
    institutions: prf(totals.institutions!),
    people: prf(totals.people!),
    regions: prf(totals.regions!),
    relations: prf(totals.relations!),
    dates: { accuracy: dates.n ? Math.round((dates.right / dates.n) * 1000) / 1000 : 1 },
  };
  return { scores, counts: { ...totals, dates } };
}

/** Scores the pipeline on `inDir` against the gold, once without and once with curation. */
export function evaluateSeeds(res: Resources, inDir: string, gold: GoldArticle[]): EvalResult {
  const bare = scoreRun(extractionOnly(res), inDir, gold);
  const curated = scoreRun(res, inDir, gold);
  return {
    extractionOnly: bare.scores,
    withCuration: curated.scores,
    counts: { extractionOnly: bare.counts, withCuration: curated.counts },
  };
}
