import { Link, useParams } from 'react-router-dom';
import { ErrorScreen } from '../../components/error-screen';
import { LoadingPanel } from '../../components/loading-panel';
import { NotFound } from '../../components/not-found';
import { useArticle } from '../../lib/api/get-article';
import { ArticleView } from '../../features/reader/components/article-view';
import { useLoadedDataset } from '../../lib/api/get-dataset';
import { lookups } from '../../lib/dataset-lookups';
import { usePaths } from '../../lib/use-paths';
import { useT } from '../../lib/use-t';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** `/articles/:id`: the reader. An id the index does not know is a not-found page, not a request. */
export default function ArticleRoute() {
  const { id = '' } = useParams();
  const dataset = useLoadedDataset();
  const paths = usePaths();
  const { t } = useT();
  const summary = lookups(dataset).article(id);
  const article = useArticle(id, { enabled: summary !== undefined });

  if (!summary)
    return <NotFound title={t('notFound.article')} detail={t('notFound.articleDetail', { id })} />;
  return (
    <>
      <title>{`${summary.title} · Alliance Atlas`}</title>
      <Link
        to={paths.timeline()}
        className="mb-6 inline-block text-sm text-accent hover:underline print:hidden"
      >
        ← {t('nav.timeline')}
      </Link>
      {article.data ? (
        <ArticleView summary={summary} body={article.data} dataset={dataset} />
      ) : article.isError ? (
        <ErrorScreen
          title={t('errors.article')}
          error={article.error}
          retrying={article.isFetching}
          onRetry={() => void article.refetch()}
        />
      ) : (
        <LoadingPanel label={t('common.loadingArticle')} />
      )}
    </>
  );
}
