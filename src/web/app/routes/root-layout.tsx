import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { AppShell } from '../../components/app-shell';
import { ErrorScreen } from '../../components/error-screen';
import { LoadingPanel } from '../../components/loading-panel';
import { RegionFilter } from '../../features/regions/components/region-filter';
import { useDataset } from '../../lib/api/get-dataset';

/**
 * The dataset gate: the shell is always drawn; below it, child routes render only once the index
 * is loaded and parsed, so they can read it with `useLoadedDataset()`.
 */
export function RootLayout() {
  const dataset = useDataset();
  return (
    <AppShell headerControls={<RegionFilter dataset={dataset.data} />}>
      {dataset.data ? (
        <Suspense fallback={<LoadingPanel />}>
          <Outlet />
        </Suspense>
      ) : dataset.isError ? (
        <ErrorScreen
          title="The dataset could not be loaded"
          error={dataset.error}
          retrying={dataset.isFetching}
          onRetry={() => void dataset.refetch()}
        />
      ) : (
        <LoadingPanel label="Loading the dataset…" />
      )}
    </AppShell>
  );
}
