import { Link } from 'react-router-dom';
import { PartialDateText } from '../../../components/partial-date-text';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import { articleDate, type RelatedArticle } from '../article-neighbours';

/** Other articles that name the same alliances, institutions or people. */
export function RelatedArticles({ related }: { related: RelatedArticle[] }) {
  const paths = usePaths();
  const { t } = useT();
  return (
    <section aria-labelledby="related-articles" className="print:hidden">
      <h2 id="related-articles" className="text-base font-semibold text-ink">
        {t('reader.related')}
      </h2>
      {related.length === 0 ? (
        <p className="mt-2 text-sm text-faint">{t('reader.noRelated')}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {related.map(({ article, shared }) => (
            <li key={article.id} className="text-sm leading-snug">
              <Link
                to={paths.article(article.id)}
                lang={article.language}
                className="font-medium text-accent hover:underline"
              >
                {article.title}
              </Link>
              <span className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-faint">
                <PartialDateText date={articleDate(article)} showMark={false} />
                <span>{t('reader.shared', { count: shared })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
