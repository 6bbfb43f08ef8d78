import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isPermanentDataError } from '../lib/api/data-errors';
import { RouteErrorBoundary } from './route-error-boundary';

/** Retries transient network failures; a schema mismatch or a 404 will not fix itself. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !isPermanentDataError(error) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** Inside the router: the outer error page reads the UI language from the URL. */
export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <RouteErrorBoundary bare>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </RouteErrorBoundary>
  );
}
