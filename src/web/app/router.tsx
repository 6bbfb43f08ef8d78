import type { QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import { matchPath, useRoutes, type RouteObject } from 'react-router-dom';
import { articleRecordQueryOptions } from '../lib/api/get-article';
import { datasetQueryOptions, TIMELINE_PARTS } from '../lib/api/get-dataset';
import { ROUTE_PATTERNS } from '../lib/paths';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';

// Every view is its own chunk, so the entry holds only the shell. Cytoscape (network), the map
// shapes (regions) and the script converter (reader, on demand) never load on `/` or an article.
const loaders = {
  timeline: () => import('./routes/timeline'),
  article: () => import('./routes/article'),
  alliances: () => import('./routes/alliances'),
  network: () => import('./routes/network'),
  entity: () => import('./routes/entity'),
  regions: () => import('./routes/regions'),
  about: () => import('./routes/about'),
  // MiniSearch and OpenCC are in the search worker, which the route starts on its first query.
  search: () => import('./routes/search'),
} satisfies Record<keyof typeof ROUTE_PATTERNS, () => Promise<unknown>>;

const TimelineRoute = lazy(loaders.timeline);
const ArticleRoute = lazy(loaders.article);
const AlliancesRoute = lazy(loaders.alliances);
const NetworkRoute = lazy(loaders.network);
const EntityRoute = lazy(loaders.entity);
const RegionsRoute = lazy(loaders.regions);
const AboutRoute = lazy(loaders.about);
const SearchRoute = lazy(loaders.search);

/**
 * Starts loading the code of the route a cold load opens, in parallel with the manifest, instead
 * of after it (the route renders only below the manifest gate): a deep link paints one round trip
 * sooner. The browser's module map makes the later `lazy()` import the same request.
 */
export function preloadRoute(pathname: string): void {
  for (const [name, pattern] of Object.entries(ROUTE_PATTERNS))
    if (matchPath(pattern, pathname)) {
      void loaders[name as keyof typeof loaders]();
      return;
    }
}

/**
 * Starts fetching the data a cold load's route paints from, right after the manifest (which the
 * caller has started), instead of after the shell's first render: the reader's body shard, the
 * timeline's shards. The routes' own queries then find them in the cache or in flight.
 */
export function prefetchRouteData(client: QueryClient, pathname: string): void {
  const article = matchPath(ROUTE_PATTERNS.article, pathname);
  if (article?.params.id) void client.prefetchQuery(articleRecordQueryOptions(article.params.id));
  else if (matchPath({ path: ROUTE_PATTERNS.timeline, end: true }, pathname))
    void client.prefetchQuery(datasetQueryOptions(TIMELINE_PARTS));
}

const relative = (pattern: string) => pattern.replace(/^\//, '');

/** The route tree, shared by the browser and the tests' memory router. */
export const appRoutes: RouteObject[] = [
  {
    path: ROUTE_PATTERNS.timeline,
    element: <RootLayout />,
    children: [
      { index: true, element: <TimelineRoute /> },
      { path: relative(ROUTE_PATTERNS.article), element: <ArticleRoute /> },
      { path: relative(ROUTE_PATTERNS.alliances), element: <AlliancesRoute /> },
      { path: relative(ROUTE_PATTERNS.network), element: <NetworkRoute /> },
      { path: relative(ROUTE_PATTERNS.entity), element: <EntityRoute /> },
      { path: relative(ROUTE_PATTERNS.regions), element: <RegionsRoute /> },
      { path: relative(ROUTE_PATTERNS.about), element: <AboutRoute /> },
      { path: relative(ROUTE_PATTERNS.search), element: <SearchRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/**
 * Declarative routing (`<BrowserRouter>` + `useRoutes`): the app loads its data through TanStack
 * Query, so React Router's data APIs would only add ~15 KiB gzip to the entry.
 */
export function AppRoutes() {
  return useRoutes(appRoutes);
}
