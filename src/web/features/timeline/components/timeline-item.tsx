import { Link } from 'react-router-dom';
import { PartialDateText } from '../../../components/partial-date-text';
import { usePaths } from '../../../lib/use-paths';
import type { TimelineEntry } from '../build-timeline';

export function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const paths = usePaths();
  const { article } = entry;
  return (
    <li className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-600">
        {entry.date ? <PartialDateText date={entry.date} language={article.language} /> : null}
        {entry.kind === 'published' ? <span className="text-slate-500">published</span> : null}
      </div>
      <Link
        to={paths.article(article.id)}
        lang={article.language}
        className="mt-1 block text-base font-medium text-slate-900 hover:text-teal-800 hover:underline"
      >
        {article.title}
      </Link>
      {entry.label ? (
        <p lang={article.language} className="mt-1 text-sm text-slate-600">
          {entry.label}
        </p>
      ) : null}
      {article.publisher ? (
        <p className="mt-1 text-xs text-slate-500">
          <span lang={article.language}>{article.publisher.name}</span>
        </p>
      ) : null}
    </li>
  );
}
