import * as z from 'zod/mini';
import type { EntityKind, RelationType } from '../../../domain';
import { ENTITY_KINDS, RELATION_TYPES } from '../../lib/domain-enums';

/**
 * The network view's own URL params (region, from and to are the app's, in lib/url-state.ts):
 * `focus` an entity id, `hops` 1–3 (only the focus's neighbourhood), `kinds` and `rels` comma
 * lists, `view=list` the table alternative. Each falls back on its own: a bad value never breaks
 * the page. Defaults are left out of links.
 */
export type NetworkParams = {
  focus: string | null;
  hops: 1 | 2 | 3 | null;
  kinds: EntityKind[];
  rels: RelationType[];
  view: 'graph' | 'list';
};

/** People are an optional layer: without `kinds`, the graph shows organisations only. */
export const DEFAULT_KINDS: EntityKind[] = ['collaboration', 'institution'];
export const NETWORK_PARAM_NAMES = ['focus', 'hops', 'kinds', 'rels', 'view'] as const;

const list = <T extends string>(allowed: readonly T[]) =>
  z.catch(
    z.pipe(
      z.string(),
      z.transform((raw) =>
        allowed.filter((value) => raw.split(',').some((part) => part.trim() === value)),
      ),
    ),
    [],
  );

const schemas = {
  focus: z.catch(z.nullable(z.string().check(z.regex(/^[cip]-[0-9a-f]{8}$/))), null),
  hops: z.catch(
    z.nullable(
      z.pipe(
        z.string().check(z.regex(/^[123]$/)),
        z.transform((raw) => Number(raw) as 1 | 2 | 3),
      ),
    ),
    null,
  ),
  kinds: list(ENTITY_KINDS),
  rels: list(RELATION_TYPES),
  view: z.catch(z.enum(['graph', 'list']), 'graph'),
};

export function parseNetworkParams(search: URLSearchParams): NetworkParams {
  const raw = (name: keyof typeof schemas) => search.get(name);
  const kinds = raw('kinds') === null ? [] : schemas.kinds.parse(raw('kinds'));
  return {
    focus: raw('focus') === null ? null : schemas.focus.parse(raw('focus')),
    hops: raw('hops') === null ? null : schemas.hops.parse(raw('hops')),
    kinds: kinds.length > 0 ? kinds : DEFAULT_KINDS,
    rels: raw('rels') === null ? [] : schemas.rels.parse(raw('rels')),
    view: raw('view') === null ? 'graph' : schemas.view.parse(raw('view')),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v) => b.includes(v));

/**
 * `search` with the network params replaced by `params` (defaults removed), other params kept.
 * Lists are written in their canonical order so equal filters give equal links.
 */
export function withNetworkParams(search: URLSearchParams, params: NetworkParams): URLSearchParams {
  const out = new URLSearchParams(search);
  for (const name of NETWORK_PARAM_NAMES) out.delete(name);
  if (params.focus) out.set('focus', params.focus);
  if (params.focus && params.hops) out.set('hops', String(params.hops));
  if (!sameSet(params.kinds, DEFAULT_KINDS) && params.kinds.length > 0)
    out.set('kinds', ENTITY_KINDS.filter((k) => params.kinds.includes(k)).join(','));
  if (params.rels.length > 0 && params.rels.length < RELATION_TYPES.length)
    out.set('rels', RELATION_TYPES.filter((r) => params.rels.includes(r)).join(','));
  if (params.view === 'list') out.set('view', 'list');
  return out;
}
