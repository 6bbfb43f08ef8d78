import type { Snippet } from '../search-protocol';

/** An extract with the query's matches in <mark>; text only, never HTML. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.before ? '… ' : null}
      {snippet.parts.map((part, i) =>
        part.hit ? (
          <mark
            key={i}
            className="rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300/30 dark:text-ink"
          >
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
      {snippet.after ? ' …' : null}
    </>
  );
}
