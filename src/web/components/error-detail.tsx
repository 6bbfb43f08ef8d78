import { DataSchemaError, HttpError } from '../lib/api/data-errors';
import { useT } from '../lib/use-t';

const MAX_ISSUES = 8;

/** Schema failures list their issue paths; HTTP failures name the status and URL. */
export function ErrorDetail({ error }: { error: unknown }) {
  const { t } = useT();
  if (error instanceof DataSchemaError) {
    const shown = error.issues.slice(0, MAX_ISSUES);
    return (
      <div className="mt-3 text-body">
        <p>
          <code className="text-sm">{error.url}</code> {t('errors.schema')}
        </p>
        <ul className="mt-3 space-y-1 text-sm">
          {shown.map((issue, i) => (
            <li key={i}>
              <code className="rounded bg-sunken px-1">{issue.path}</code> — {issue.message}
            </li>
          ))}
        </ul>
        {error.issues.length > shown.length ? (
          <p className="mt-2 text-sm text-faint">
            {t('errors.more', { count: error.issues.length - shown.length })}
          </p>
        ) : null}
      </div>
    );
  }
  if (error instanceof HttpError) {
    return (
      <p className="mt-3 text-body">
        {t('errors.http', { status: error.status })} <code className="text-sm">{error.url}</code>
      </p>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return <p className="mt-3 text-body">{message || t('errors.unexpected')}</p>;
}
