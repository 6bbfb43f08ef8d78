import { DataSchemaError, HttpError } from '../lib/api/data-errors';

const MAX_ISSUES = 8;

/** Schema failures list their issue paths; HTTP failures name the status and URL. */
export function ErrorDetail({ error }: { error: unknown }) {
  if (error instanceof DataSchemaError) {
    const shown = error.issues.slice(0, MAX_ISSUES);
    return (
      <div className="mt-3 text-slate-700">
        <p>
          <code className="text-sm">{error.url}</code> does not match the expected shape. Issues
          found:
        </p>
        <ul className="mt-3 space-y-1 text-sm">
          {shown.map((issue, i) => (
            <li key={i}>
              <code className="rounded bg-stone-100 px-1">{issue.path}</code> — {issue.message}
            </li>
          ))}
        </ul>
        {error.issues.length > shown.length ? (
          <p className="mt-2 text-sm text-slate-500">
            …and {error.issues.length - shown.length} more.
          </p>
        ) : null}
      </div>
    );
  }
  if (error instanceof HttpError) {
    return (
      <p className="mt-3 text-slate-700">
        The server answered {error.status} for <code className="text-sm">{error.url}</code>.
      </p>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return <p className="mt-3 text-slate-700">{message || 'An unexpected error occurred.'}</p>;
}
