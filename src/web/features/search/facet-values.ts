import type { FacetCounts } from '../../../domain/search';

export type CountedValue = { value: string; count: number };

/** Facet values by count, largest first (ties in `tieOrder`), keeping a selected value shown. */
export function rankFacet(
  counts: FacetCounts,
  selected: string | null,
  tieOrder: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
  limit = Infinity,
): CountedValue[] {
  const values = Object.entries(counts)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || tieOrder(a.value, b.value))
    .slice(0, limit);
  if (selected !== null && !values.some((v) => v.value === selected))
    values.push({ value: selected, count: counts[selected] ?? 0 });
  return values;
}

/** Years newest first: a timeline reads better than a popularity list. */
export function yearFacet(counts: FacetCounts, selected: string | null): CountedValue[] {
  return rankFacet(counts, selected).sort((a, b) => Number(b.value) - Number(a.value));
}
