import { useT } from '../lib/use-t';
import { ErrorDetail } from './error-detail';

type ErrorScreenProps = {
  title: string;
  error: unknown;
  onRetry?: () => void;
  /** True while a retry is in flight: the button says so instead of being clicked again. */
  retrying?: boolean;
};

/** Explains a failed load in words an analyst can pass on, and offers a retry. */
export function ErrorScreen({ title, error, onRetry, retrying = false }: ErrorScreenProps) {
  const { t } = useT();
  return (
    <section
      role="alert"
      aria-labelledby="error-title"
      className="mx-auto max-w-2xl rounded-xl border border-danger-line bg-surface p-8"
    >
      <h1 id="error-title" className="text-xl font-semibold text-danger">
        {title}
      </h1>
      <ErrorDetail error={error} />
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-6 rounded-md bg-button px-4 py-2 font-medium text-white hover:bg-button-hover disabled:opacity-60"
        >
          {retrying ? t('errors.retrying') : t('errors.retry')}
        </button>
      ) : null}
    </section>
  );
}
