import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router-dom';
import { ROUTE_PATTERNS } from '../lib/paths';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';

// Every view is its own chunk, so the entry holds only the shell. Cytoscape (network), the map
// shapes (regions) and the script converter (reader, on demand) never load on `/` or an article.
const TimelineRoute = lazy(() => import('./routes/timeline'));
const ArticleRoute = lazy(() => import('./routes/article'));
const AlliancesRoute = lazy(() => import('./routes/alliances'));
const NetworkRoute = lazy(() => import('./routes/network'));
const EntityRoute = lazy(() => import('./routes/entity'));
const RegionsRoute = lazy(() => import('./routes/regions'));
const AboutRoute = lazy(() => import('./routes/about'));
// MiniSearch and OpenCC are in the search worker, which the route starts on its first query.
const SearchRoute = lazy(() => import('./routes/search'));

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
