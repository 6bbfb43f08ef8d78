import { QueryClient } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, vi } from 'vitest';
import { AppProviders } from '../../src/web/app/providers';
import { appRoutes } from '../../src/web/app/router';
import { serveFixtures, type FixtureOverrides } from './fixture-server';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/**
 * Renders the real route tree at a URL over the fixture dataset, with a fresh QueryClient that
 * never retries (a failure shows at once).
 */
export function renderRoute(url: string, overrides: FixtureOverrides = {}) {
  const fetchMock = serveFixtures(overrides);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(appRoutes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user, fetchMock, queryClient };
}
