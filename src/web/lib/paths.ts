import { toSearch, type SharedState, type UrlState } from './url-state';

/** Route patterns, used by the router. Links are built with `createPaths` / `usePaths`. */
export const ROUTE_PATTERNS = {
  timeline: '/',
  article: '/articles/:id',
  alliances: '/alliances',
  network: '/network',
  entity: '/entities/:id',
  regions: '/regions',
  about: '/about',
  search: '/search',
} as const;

type TimelineParams = Partial<Pick<UrlState, 'from' | 'to' | 'type'>>;
type SearchParams = Partial<Pick<UrlState, 'q' | 'language' | 'kind' | 'year'>>;
type AllianceParams = Partial<Pick<UrlState, 'sort' | 'dir' | 'type'>>;

/**
 * Builds every link in the app. Each link carries the shared params (region filter, UI language)
 * along, so moving between views never silently drops the analyst's filter or language.
 */
export function createPaths(shared: SharedState) {
  const to = (pathname: string, params: Partial<UrlState> = {}, extra?: Record<string, string>) =>
    `${pathname}${toSearch({ ...params, ...shared }, extra ? new URLSearchParams(extra) : undefined)}`;
  return {
    timeline: (params?: TimelineParams) => to('/', params),
    article: (id: string, params?: Partial<Pick<UrlState, 'script'>>) =>
      to(`/articles/${encodeURIComponent(id)}`, params),
    alliances: (params?: AllianceParams) => to('/alliances', params),
    /** `focus` is the network view's own param (issue 6); it is passed through as is. */
    network: (params?: { focus?: string }) =>
      to('/network', {}, params?.focus ? { focus: params.focus } : undefined),
    entity: (id: string) => to(`/entities/${encodeURIComponent(id)}`),
    regions: () => to('/regions'),
    about: () => to('/about'),
    search: (params?: SearchParams) => to('/search', params),
  };
}

export type Paths = ReturnType<typeof createPaths>;
