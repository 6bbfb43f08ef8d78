import { z } from 'zod';
import { RegionCodeSchema } from '../../domain';

/**
 * The shared search params every route understands, parsed with fallbacks: a bad value never
 * crashes a page, it falls back (an unknown code in `region` is dropped, not the whole list).
 */
export type UrlState = {
  /** GB/T 2260 codes; a province code also matches its cities and districts. Empty = all. */
  region: string[];
};

export const DEFAULT_URL_STATE: UrlState = { region: [] };

/** Params that links carry along when moving between routes. */
export const RETAINED_PARAMS = ['region'] as const;

const RegionListSchema = z
  .string()
  .transform((raw) => raw.split(',').map((part) => part.trim()))
  .transform((parts) => [...new Set(parts.filter((p) => RegionCodeSchema.safeParse(p).success))])
  .catch([]);

export function parseUrlState(search: URLSearchParams): UrlState {
  const rawRegion = search.get('region');
  return {
    region: rawRegion === null ? DEFAULT_URL_STATE.region : RegionListSchema.parse(rawRegion),
  };
}

/**
 * Serialises shared params into a `?…` string (or '' when all are default). Commas stay literal
 * so shared links read as `?region=610000,210100`.
 */
export function toSearch(state: UrlState, extra?: URLSearchParams): string {
  const parts: string[] = [];
  if (extra) {
    const rest = new URLSearchParams(extra);
    RETAINED_PARAMS.forEach((name) => rest.delete(name));
    const restText = rest.toString();
    if (restText) parts.push(restText);
  }
  if (state.region.length > 0) parts.push(`region=${state.region.join(',')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
