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
  return (
    <section
      role="alert"
      aria-labelledby="error-title"
      className="mx-auto max-w-2xl rounded-xl border border-rose-200 bg-white p-8"
    >
      <h1 id="error-title" className="text-xl font-semibold text-rose-800">
        {title}
      </h1>
      <ErrorDetail error={error} />
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-6 rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 disabled:opacity-60"
        >
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      ) : null}
    </section>
  );
}
