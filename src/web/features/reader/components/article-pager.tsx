import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../../domain';
import { PartialDateText } from '../../../components/partial-date-text';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import { articleDate } from '../article-neighbours';

type ArticlePagerProps = { previous: ArticleSummary | null; next: ArticleSummary | null };

/** Previous and next article in time (within the region filter). */
export function ArticlePager({ previous, next }: ArticlePagerProps) {
  const paths = usePaths();
  const { t } = useT();
  if (!previous && !next) return null;
  const card = (article: ArticleSummary, direction: 'previous' | 'next') => (
    <Link
      to={paths.article(article.id)}
      rel={direction === 'previous' ? 'prev' : 'next'}
      className={`block rounded-lg bg-surface p-4 ring-1 ring-line hover:ring-accent ${direction === 'next' ? 'text-right' : ''}`}
    >
      <span className="block text-xs font-semibold tracking-wide text-faint uppercase">
        {direction === 'previous' ? `← ${t('reader.previous')}` : `${t('reader.next')} →`}
      </span>
      <span lang={article.language} className="mt-1 block font-medium text-ink">
        {article.title}
      </span>
      <span className="mt-1 block text-xs text-faint">
        <PartialDateText date={articleDate(article)} showMark={false} />
      </span>
    </Link>
  );
  return (
    <nav
      aria-label={t('reader.pager')}
      className="mt-12 grid gap-4 border-t border-line pt-6 sm:grid-cols-2 print:hidden"
    >
      <div>{previous ? card(previous, 'previous') : null}</div>
      <div>{next ? card(next, 'next') : null}</div>
    </nav>
  );
}
