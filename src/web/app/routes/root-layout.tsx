import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { AppShell } from '../../components/app-shell';
import { ErrorScreen } from '../../components/error-screen';
import { LoadingPanel } from '../../components/loading-panel';
import { RegionFilter } from '../../features/regions/components/region-filter';
import { HeaderSearch } from '../../features/search/components/header-search';
import { useManifest } from '../../lib/api/get-manifest';
import { useScrollRestoration } from '../../lib/use-scroll-restoration';
import { useT } from '../../lib/use-t';
import { RouteErrorBoundary } from '../route-error-boundary';

/**
 * The manifest gate: the shell is always drawn; below it, child routes render only once the small
 * manifest is loaded and parsed (`useLoadedManifest()`); each route then loads the shards it needs.
 */
export function RootLayout() {
  const dataset = useManifest();
  const { t, locale } = useT();
  const { pathname } = useLocation();
  useScrollRestoration();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <AppShell regionFilter={<RegionFilter manifest={dataset.data} />} search={<HeaderSearch />}>
      {dataset.data ? (
        <RouteErrorBoundary key={pathname}>
          <Suspense fallback={<LoadingPanel />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      ) : dataset.isError ? (
        <ErrorScreen
          title={t('errors.dataset')}
          error={dataset.error}
          retrying={dataset.isFetching}
          onRetry={() => void dataset.refetch()}
        />
      ) : (
        <LoadingPanel label={t('common.loadingDataset')} />
      )}
    </AppShell>
  );
}
