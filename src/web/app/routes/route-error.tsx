import { ErrorScreen } from '../../components/error-screen';
import { useT } from '../../lib/use-t';

type RouteErrorProps = { error: unknown; bare: boolean };

/** A readable message rather than a blank page; the retry reloads (a new deploy may be live). */
export function RouteError({ error, bare }: RouteErrorProps) {
  const screen = <RouteErrorScreen error={error} />;
  if (!bare) return screen;
  return <main className="min-h-screen bg-canvas px-4 py-16 text-body">{screen}</main>;
}

function RouteErrorScreen({ error }: { error: unknown }) {
  const { t } = useT();
  return (
    <ErrorScreen
      title={t('errors.somethingWrong')}
      error={error}
      onRetry={() => window.location.reload()}
    />
  );
}
