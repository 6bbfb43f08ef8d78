import { useQueryClient } from '@tanstack/react-query';
import { ErrorScreen } from '../../components/error-screen';
import { DataSchemaError, HttpError } from '../../lib/api/data-errors';
import { useT } from '../../lib/use-t';

type RouteErrorProps = { error: unknown; bare: boolean; onReset?: () => void };

/** A readable message rather than a blank page; the retry reloads (a new deploy may be live). */
export function RouteError({ error, bare, onReset }: RouteErrorProps) {
  const screen = <RouteErrorScreen error={error} onReset={onReset} />;
  if (!bare) return screen;
  return <main className="min-h-screen bg-canvas px-4 py-16 text-body">{screen}</main>;
}

/**
 * A dataset shard that failed (a view suspends on its shards) is a data error: it says so, and
 * retrying drops the failed queries and renders the view again instead of reloading the page.
 */
function RouteErrorScreen({ error, onReset }: { error: unknown; onReset?: () => void }) {
  const { t } = useT();
  const client = useQueryClient();
  const dataError = error instanceof HttpError || error instanceof DataSchemaError;
  const retryData = () => {
    client.removeQueries({ predicate: (q) => q.state.status === 'error' });
    client.removeQueries({ queryKey: ['dataset'] });
    onReset?.();
  };
  return (
    <ErrorScreen
      title={dataError ? t('errors.dataset') : t('errors.somethingWrong')}
      error={error}
      onRetry={dataError && onReset ? retryData : () => window.location.reload()}
    />
  );
}
