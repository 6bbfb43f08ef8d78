import { QueryClient } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router-dom';
import { useEffect } from 'react';
import { afterEach, vi } from 'vitest';
import { AppProviders } from '../../src/web/app/providers';
import { AppRoutes } from '../../src/web/app/router';
import { FakeWorker } from './fake-worker';
import { serveFixtures, type FixtureOverrides } from './fixture-server';

vi.stubGlobal('Worker', FakeWorker);
// jsdom does not scroll; the app's scroll restoration calls these on every navigation.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.stubGlobal('Worker', FakeWorker);
  window.localStorage.clear();
  document.documentElement.className = '';
});

/** What the test can see of the router: the current location, and a way to go back and forth. */
export type RouterHandle = { location: Location; navigate: NavigateFunction };

function Probe({ onUpdate }: { onUpdate: (handle: RouterHandle) => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    onUpdate({ location, navigate });
  });
  return null;
}

/**
 * Renders the real route tree at a URL over the fixture dataset, with a fresh QueryClient that
 * never retries (a failure shows at once).
 */
export function renderRoute(url: string, overrides: FixtureOverrides = {}) {
  const fetchMock = serveFixtures(overrides);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const handle: Partial<RouterHandle> = {};
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[url]}>
      <AppProviders queryClient={queryClient}>
        <AppRoutes />
      </AppProviders>
      <Probe onUpdate={(next) => Object.assign(handle, next)} />
    </MemoryRouter>,
  );
  return { ...view, router: handle as RouterHandle, user, fetchMock, queryClient };
}
