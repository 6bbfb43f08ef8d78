import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppProviders, createQueryClient } from './app/providers';
import { AppRoutes, preloadRoute } from './app/router';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
preloadRoute(window.location.pathname.slice(base.length) || '/');

// The theme class is already on <html> (public/theme-init.js ran before the first paint).
createRoot(root).render(
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <AppProviders queryClient={createQueryClient()}>
        <AppRoutes />
      </AppProviders>
    </BrowserRouter>
  </StrictMode>,
);
