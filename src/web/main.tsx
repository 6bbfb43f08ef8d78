import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppProviders, createQueryClient } from './app/providers';
import { AppRoutes, prefetchRouteData, preloadRoute } from './app/router';
import { manifestQueryOptions } from './lib/api/get-manifest';
import { warmDataWorker } from './lib/api/parse-off-thread';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
// Before the first render: the route's code, the data worker (its script and schemas compile),
// the manifest (index.html preloads the file) and the route's data all start now, side by side.
const pathname = window.location.pathname.slice(base.length) || '/';
preloadRoute(pathname);
warmDataWorker();
const queryClient = createQueryClient();
void queryClient.prefetchQuery(manifestQueryOptions());
prefetchRouteData(queryClient, pathname);

// The theme class is already on <html> (public/theme-init.js ran before the first paint).
createRoot(root).render(
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <AppProviders queryClient={queryClient}>
        <AppRoutes />
      </AppProviders>
    </BrowserRouter>
  </StrictMode>,
);
