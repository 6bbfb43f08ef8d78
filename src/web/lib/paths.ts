import { toSearch, type UrlState } from './url-state';

/** Route patterns, used by the router. Links are built with `createPaths` / `usePaths`. */
export const ROUTE_PATTERNS = {
  timeline: '/',
  article: '/articles/:id',
  alliances: '/alliances',
  network: '/network',
  entity: '/entities/:id',
} as const;

/**
 * Builds every link in the app. Each link carries the shared params (the region filter) along,
 * so moving between views never silently drops the analyst's filter.
 */
export function createPaths(state: UrlState) {
  const search = toSearch(state);
  const withState = (pathname: string) => `${pathname}${search}`;
  return {
    timeline: () => withState('/'),
    article: (id: string) => withState(`/articles/${encodeURIComponent(id)}`),
    alliances: () => withState('/alliances'),
    network: () => withState('/network'),
    entity: (id: string) => withState(`/entities/${encodeURIComponent(id)}`),
  };
}

export type Paths = ReturnType<typeof createPaths>;
