import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ErrorScreen } from '../../components/error-screen';

/**
 * Last line of defence for a render error anywhere in the tree: a readable message rather than a
 * blank page. Drawn without the shell, which may be what failed.
 */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? new Error(`${error.status} ${error.statusText}`)
    : error;
  return (
    <main className="min-h-screen bg-stone-50 px-4 py-16 text-slate-800">
      <ErrorScreen
        title="Something went wrong"
        error={detail}
        onRetry={() => window.location.reload()}
      />
    </main>
  );
}
