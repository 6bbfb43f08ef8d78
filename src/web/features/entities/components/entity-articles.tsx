import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../../domain';
import { PartialDateText } from '../../../components/partial-date-text';
import { usePaths } from '../../../lib/use-paths';

export function EntityArticles({ articles }: { articles: ArticleSummary[] }) {
  const paths = usePaths();
  return (
    <section aria-labelledby="entity-articles" className="mt-10">
      <h2 id="entity-articles" className="text-xl font-semibold text-slate-900">
        Articles ({articles.length})
      </h2>
      <ul className="mt-4 space-y-2">
        {articles.map((article) => (
          <li key={article.id} className="flex flex-wrap items-baseline gap-x-3 text-sm">
            <Link
              to={paths.article(article.id)}
              lang={article.language}
              className="font-medium text-teal-800 hover:underline"
            >
              {article.title}
            </Link>
            <span className="text-slate-500">
              <PartialDateText date={article.publishedAt} language={article.language} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
