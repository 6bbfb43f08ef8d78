import type { RelationType } from '../../domain';
import type { GoldArticle, GoldItem } from './gold';

/** Precision, recall and F1 from counts; a side with nothing to count scores 1 (nothing wrong). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
export interface Counts {
  /** Predictions that are right, and all predictions that count (neutral ones left out). */
  rightPredictions: number;
  predictions: number;
  /** Gold items found, and all gold items that count. */
  found: number;
  gold: number;
}
export const zero = (): Counts => ({ rightPredictions: 0, predictions: 0, found: 0, gold: 0 });
export const add = (a: Counts, b: Counts): Counts => ({
  rightPredictions: a.rightPredictions + b.rightPredictions,
  predictions: a.predictions + b.predictions,
  found: a.found + b.found,
  gold: a.gold + b.gold,
});
const round = (x: number) => Math.round(x * 1000) / 1000;
export function prf(c: Counts): Prf {
  const precision = c.predictions ? c.rightPredictions / c.predictions : 1;
  const recall = c.gold ? c.found / c.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** One predicted entity (or region) with every name it may be matched by. */
export interface Predicted {
  id: string;
  kind: GoldItem['kind'];
  names: string[];
  date?: string | null;
}

export type MatchKey = (name: string) => string;

const matches = (p: Predicted, g: GoldItem, key: MatchKey) => {
  const mine = new Set(p.names.map(key).filter(Boolean));
  return g.names.some((n) => mine.has(key(n)));
};

/**
 * Entities of one kind in one article. A prediction is right when it matches a counted gold item of
 * its kind; neutral when it matches only items that do not count here (optional, metadata-only, or
 * `mentioned` when scoring core collaborations); wrong otherwise, including a right name of the wrong kind.
 */
export function scoreKind(
  kind: GoldItem['kind'],
  preds: Predicted[],
  gold: GoldArticle,
  key: MatchKey,
  counted: ReadonlySet<string> = new Set(['core', 'mentioned']),
): Counts {
  const c = zero();
  const mineGold = gold.items.filter((g) => g.kind === kind);
  for (const p of preds.filter((x) => x.kind === kind)) {
    const hits = gold.items.filter((g) => matches(p, g, key));
    if (hits.some((g) => g.kind === kind && counted.has(g.status))) {
      c.rightPredictions++;
      c.predictions++;
    } else if (!hits.some((g) => g.kind === kind || g.status === 'neutral')) c.predictions++;
  }
  for (const g of mineGold.filter((x) => counted.has(x.status))) {
    c.gold++;
    if (preds.some((p) => p.kind === kind && matches(p, g, key))) c.found++;
  }
  return c;
}

/** Typed relations (not `mentioned-with`): right when gold has the same ends and type and states it. */
export function scoreRelations(
  preds: Array<{ source: string; target: string; type: RelationType }>,
  entities: Predicted[],
  gold: GoldArticle,
  key: MatchKey,
): Counts {
  const refs = new Map(
    entities.map((p) => [
      p.id,
      new Set(gold.items.filter((g) => matches(p, g, key)).map((g) => g.ref)),
    ]),
  );
  const c = zero();
  const found = new Set<number>();
  for (const r of preds.filter((x) => x.type !== 'mentioned-with')) {
    const s = refs.get(r.source) ?? new Set<string>();
    const t = refs.get(r.target) ?? new Set<string>();
    const i = gold.relations.findIndex(
      (g) => g.type === r.type && s.has(g.source) && t.has(g.target),
    );
    if (i >= 0 && !gold.relations[i]!.counted) continue;
    c.predictions++;
    if (i >= 0) {
      c.rightPredictions++;
      found.add(i);
    }
  }
  gold.relations.forEach((g, i) => {
    if (!g.counted) return;
    c.gold++;
    if (found.has(i)) c.found++;
  });
  return c;
}

/** Gold collaborations with a date that were found: how many got that date. */
export function scoreDates(
  preds: Predicted[],
  gold: GoldArticle,
  key: MatchKey,
): { right: number; n: number } {
  let right = 0;
  let n = 0;
  for (const g of gold.items.filter(
    (x) => x.kind === 'collaboration' && x.date && x.status !== 'neutral',
  )) {
    const mine = preds.filter((p) => p.kind === 'collaboration' && matches(p, g, key));
    if (!mine.length) continue;
    n++;
    if (mine.some((p) => p.date === g.date)) right++;
  }
  return { right, n };
}
