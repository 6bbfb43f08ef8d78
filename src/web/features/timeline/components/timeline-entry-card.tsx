import { Link } from 'react-router-dom';
import { PartialDateText } from '../../../components/partial-date-text';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { TimelineEntry } from '../build-timeline';

const KIND_STYLE = {
  event: 'bg-accent-soft text-accent ring-accent-line',
  published: 'bg-sunken text-muted ring-line',
  undated: 'bg-sunken text-muted ring-line',
} as const;

/**
 * An event is a card with the article's words for it; a publication is a slimmer line, so the
 * list reads as what happened, with the reporting alongside rather than competing with it.
 */
export function TimelineEntryCard({ entry }: { entry: TimelineEntry }) {
  const paths = usePaths();
  const { t } = useT();
  const { article } = entry;
  const event = entry.kind === 'event';
  return (
    <div
      className={
        event
          ? 'rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line'
          : 'rounded-lg px-4 py-2 ring-1 ring-line'
      }
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-muted">
        {entry.date ? <PartialDateText date={entry.date} /> : null}
        <span
          className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${KIND_STYLE[entry.kind]}`}
        >
          {t(`timeline.kinds.${entry.kind}`)}
        </span>
        {!event && article.publisher ? (
          <span lang={article.language} className="text-xs text-faint">
            {article.publisher.name}
          </span>
        ) : null}
      </div>
      <Link
        to={paths.article(article.id)}
        lang={article.language}
        className={`mt-1 block font-medium hover:text-accent hover:underline ${event ? 'text-base text-ink' : 'text-sm text-body'}`}
      >
        {article.title}
      </Link>
      {event && entry.label ? (
        <p lang={article.language} className="mt-1 line-clamp-2 text-sm text-muted">
          {entry.label}
        </p>
      ) : null}
      {event && article.publisher ? (
        <p className="mt-1 text-xs text-faint">
          <span lang={article.language}>{article.publisher.name}</span>
        </p>
      ) : null}
    </div>
  );
}
