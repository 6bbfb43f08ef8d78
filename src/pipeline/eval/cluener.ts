import type { Resources } from '../context';
import { EMPTY_TABLES } from '../extraction-tables';
import { extractTexts } from '../extractors/extract-text';
import { regionIndex } from '../extractors/regions';
import { prf, type Prf } from './score';

/**
 * Institution extraction scored on CLUENER2020 dev (../shared/benchmarks/README.md): `organization`,
 * `government` and `company` spans are institutions; exact-span precision and recall; a prediction
 * inside a gold span of another label (`北京` in a `company`, a name inside a `book` title) is
 * ignored. Read at run time only: nothing of it is copied or learned from its labels. Its sentences
 * are read as one corpus, as a run reads its articles: a name one sentence reads from context is a
 * name in the others (corpus-names.ts).
 */
export const INSTITUTION_LABELS = ['organization', 'government', 'company'] as const;

export interface ClueLine {
  text: string;
  label: Record<string, Record<string, Array<[number, number]>>>;
}

export interface ClueResult {
  institutions: Prf & { tp: number; predicted: number; gold: number };
  recallByLabel: Record<string, { recall: number; found: number; gold: number }>;
  /** `address` spans that are exactly an administrative division name, against our region mentions. */
  regions: Prf & { tp: number; predicted: number; gold: number };
  sentences: number;
}

type Span = { start: number; end: number; label: string };

export function scoreCluener(lines: ClueLine[], res: Resources): ClueResult {
  const index = regionIndex(
    res.gazetteer,
    res.curation.regionGuards,
    (res.extraction ?? EMPTY_TABLES).zones,
  );
  const divisions = new Set(
    res.gazetteer.rows.flatMap((r) => [r.name, r.short]).filter((n) => n.length >= 2),
  );
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const rc = { tp: 0, predicted: 0, gold: 0 };
  const byLabel: ClueResult['recallByLabel'] = {};
  for (const l of INSTITUTION_LABELS) byLabel[l] = { recall: 0, found: 0, gold: 0 };
  const simplified = lines.map((l) => res.simplify(l.text));
  // The dev set read as one corpus, as the pipeline reads a run's articles (corpus-names.ts).
  const extracted = extractTexts(simplified, index);
  lines.forEach((line, li) => {
    const spans: Span[] = Object.entries(line.label).flatMap(([label, surfaces]) =>
      Object.values(surfaces).flatMap((list) =>
        list.map(([s, e]) => ({ start: s, end: e + 1, label })),
      ),
    );
    const isInst = (s: Span) => (INSTITUTION_LABELS as readonly string[]).includes(s.label);
    const goldInst = spans.filter(isInst);
    const other = spans.filter((s) => !isInst(s));
    const x = extracted[li]!;
    const preds = x.names
      .filter((n) => !n.nested && !n.bare && n.subtype !== 'agreement')
      .filter((n) => !other.some((o) => n.start >= o.start && n.end <= o.end));
    const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
    const predKeys = new Set(preds.map(key));
    const goldKeys = new Set(goldInst.map(key));
    predicted += predKeys.size;
    gold += goldKeys.size;
    for (const k of predKeys) if (goldKeys.has(k)) tp++;
    for (const g of goldInst) {
      byLabel[g.label]!.gold++;
      if (predKeys.has(key(g))) byLabel[g.label]!.found++;
    }
    // Regions, for information: pure divisions among `address` spans, our places outside names.
    const goldPlaces = new Set(
      spans
        .filter(
          (s) =>
            s.label === 'address' && divisions.has(res.simplify(line.text.slice(s.start, s.end))),
        )
        .map(key),
    );
    const ours = new Set(
      x.scan.regions
        .filter(
          (r) =>
            r.kind === 'admin' &&
            !x.names.some((n) => !n.bare && r.start >= n.start && r.end <= n.end),
        )
        .filter(
          (r) => !other.some((o) => o.label !== 'address' && r.start >= o.start && r.end <= o.end),
        )
        .map(key),
    );
    rc.gold += goldPlaces.size;
    rc.predicted += ours.size;
    for (const k of ours) if (goldPlaces.has(k)) rc.tp++;
  });
  for (const l of Object.values(byLabel))
    l.recall = l.gold ? Math.round((l.found / l.gold) * 1000) / 1000 : 1;
  const counts = (c: { tp: number; predicted: number; gold: number }) =>
    prf({ rightPredictions: c.tp, predictions: c.predicted, found: c.tp, gold: c.gold });
  return {
    institutions: { ...counts({ tp, predicted, gold }), tp, predicted, gold },
    recallByLabel: byLabel,
    regions: { ...counts(rc), ...rc },
    sentences: lines.length,
  };
}
