import type { Gazetteer, GazetteerRow } from '../lib/gazetteer';
import { ancestry } from '../lib/gazetteer';
import type { RegionHit } from './regions';

/** A region hit with what it stands for: its codes (none for a macro area or the country) and name. */
export interface ResolvedRegion extends RegionHit {
  codes: string[];
  /** Canonical name: the gazetteer's full name, the zones.yaml name, or the zone as written. */
  name: string;
}

/**
 * One code per hit where the text allows it. An ambiguous name (`普陀区`: Shanghai or Zhoushan)
 * takes the candidate whose ancestor the text also names; a name shared along one line of descent
 * (`吉林`: province and its city) means the widest; anything still ambiguous is left out.
 * `surface(hit)` gives the text of a rule-made zone (`济宁高新区`).
 */
export function resolveRegions(
  hits: RegionHit[],
  gaz: Gazetteer,
  surface: (h: RegionHit) => string,
  context: ReadonlySet<string> = new Set(),
): { resolved: ResolvedRegion[]; codes: string[]; ambiguous: string[] } {
  const sure = sureCodes(hits, gaz, context);
  const resolved: ResolvedRegion[] = [];
  const ambiguous: string[] = [];
  for (const h of hits) {
    const r = resolveHit(h, gaz, surface, sure);
    if (r) resolved.push(r);
    else if (!h.relative)
      ambiguous.push(h.rows.map((row) => `${row.name} ${row.code}`).join(' / '));
  }
  const codes = [...new Set(resolved.flatMap((r) => r.codes))].sort();
  return { resolved, codes, ambiguous: [...new Set(ambiguous)] };
}

/** Codes the hits name for certain (unambiguous names and zones), with their ancestors. */
export function sureCodes(
  hits: RegionHit[],
  gaz: Gazetteer,
  context: ReadonlySet<string> = new Set(),
): Set<string> {
  const sure = new Set<string>(context);
  for (const h of hits) {
    if (h.rows.length === 1) for (const c of ancestry(gaz, h.rows[0]!.code)) sure.add(c);
    if (h.zone?.kind === 'zone' || h.zone?.kind === 'group')
      for (const code of h.zone.codes) for (const c of ancestry(gaz, code)) sure.add(c);
  }
  return sure;
}

/** One hit resolved against the codes known for sure; null when relative or still ambiguous. */
export function resolveHit(
  h: RegionHit,
  gaz: Gazetteer,
  surface: (h: RegionHit) => string,
  sure: ReadonlySet<string>,
): ResolvedRegion | null {
  if (h.zone) {
    // Only codes the gazetteer knows: a zones table ahead of (or without) the gazetteer names no region.
    const codes =
      h.zone.kind === 'zone' || h.zone.kind === 'group'
        ? h.zone.codes.filter((c) => gaz.byCode.has(c))
        : [];
    return { ...h, codes, name: h.zone.name };
  }
  if (h.relative) return null;
  const pick = pickRow(h.rows, gaz, sure);
  if (!pick) return null;
  return { ...h, codes: [pick.code], name: h.kind === 'zone' ? surface(h) : pick.name };
}

function pickRow(
  rows: GazetteerRow[],
  gaz: Gazetteer,
  sure: ReadonlySet<string>,
): GazetteerRow | undefined {
  if (rows.length === 1) return rows[0];
  const anchored = rows.filter((r) =>
    ancestry(gaz, r.code)
      .slice(1)
      .some((a) => sure.has(a)),
  );
  if (anchored.length === 1) return anchored[0];
  // All candidates on one line of descent (吉林省 ⊃ 吉林市; 嘉峪关市 ⊃ its one district): the widest.
  return rows.find((r) => rows.every((o) => ancestry(gaz, o.code).includes(r.code)));
}

/** The most specific of some codes (a district over its city over its province). */
export function mostSpecific(codes: readonly string[]): string | undefined {
  const depth = (c: string) => c.replace(/0+$/, '').length;
  return [...codes].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1))[0];
}
