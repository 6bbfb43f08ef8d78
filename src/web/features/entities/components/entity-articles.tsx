import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../../domain';
import { PartialDateText } from '../../../components/partial-date-text';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';

/** Every article that names the entity, with its publication date. */
export function EntityArticles({ articles }: { articles: ArticleSummary[] }) {
  const paths = usePaths();
  const { t } = useT();
  return (
    <section aria-labelledby="entity-articles" className="mt-10">
      <h2 id="entity-articles" className="text-xl font-semibold text-ink">
        {t('entity.articles', { count: articles.length })}
      </h2>
      <ul className="mt-4 space-y-2">
        {articles.map((article) => (
          <li key={article.id} className="flex flex-wrap items-baseline gap-x-3 text-sm">
            <Link
              to={paths.article(article.id)}
              lang={article.language}
              className="font-medium text-accent hover:underline"
            >
              {article.title}
            </Link>
            <span className="text-faint">
              <PartialDateText date={article.publishedAt} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
