import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { LoadingPanel } from '../components/loading-panel';
import { ROUTE_PATTERNS } from '../lib/paths';
import { AlliancesRoute } from './routes/alliances';
import { ArticleRoute } from './routes/article';
import { EntityRoute } from './routes/entity';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { TimelineRoute } from './routes/timeline';

// Its own chunk: Cytoscape (~½ MB) loads only when someone opens the network.
const NetworkRoute = lazy(() => import('./routes/network'));

const relative = (pattern: string) => pattern.replace(/^\//, '');

/** The route tree, shared by the browser router and the tests' memory router. */
export const appRoutes: RouteObject[] = [
  {
    path: ROUTE_PATTERNS.timeline,
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <TimelineRoute /> },
      { path: relative(ROUTE_PATTERNS.article), element: <ArticleRoute /> },
      { path: relative(ROUTE_PATTERNS.alliances), element: <AlliancesRoute /> },
      {
        path: relative(ROUTE_PATTERNS.network),
        element: (
          <Suspense
            fallback={
              <LoadingPanel
                label="Loading the network view…"
                className="h-[calc(100vh-var(--header-h)-5rem)]"
              />
            }
          >
            <NetworkRoute />
          </Suspense>
        ),
      },
      { path: relative(ROUTE_PATTERNS.entity), element: <EntityRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes, { basename: import.meta.env.BASE_URL });
}
