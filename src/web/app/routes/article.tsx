import { Link, useParams } from 'react-router-dom';
import { ErrorScreen } from '../../components/error-screen';
import { LoadingPanel } from '../../components/loading-panel';
import { NotFound } from '../../components/not-found';
import { useArticle } from '../../features/reader/api/get-article';
import { ArticleView } from '../../features/reader/components/article-view';
import { useLoadedDataset } from '../../lib/api/get-dataset';
import { lookups } from '../../lib/dataset-lookups';
import { usePaths } from '../../lib/use-paths';

export function ArticleRoute() {
  const { id = '' } = useParams();
  const dataset = useLoadedDataset();
  const paths = usePaths();
  const summary = lookups(dataset).article(id);
  // An id the index does not know is a not-found page, not a request that is bound to 404.
  const article = useArticle(id, { enabled: summary !== undefined });

  if (!summary)
    return (
      <NotFound
        title="Article not found"
        detail={`No article in the dataset has the id “${id}”.`}
      />
    );
  return (
    <>
      <title>{`${summary.title} · Alliance Atlas`}</title>
      <Link
        to={paths.timeline()}
        className="mb-6 inline-block text-sm text-teal-800 hover:underline"
      >
        ← Timeline
      </Link>
      {article.data ? (
        <ArticleView summary={summary} body={article.data} dataset={dataset} />
      ) : article.isError ? (
        <ErrorScreen
          title="The article could not be loaded"
          error={article.error}
          retrying={article.isFetching}
          onRetry={() => void article.refetch()}
        />
      ) : (
        <LoadingPanel label="Loading the article…" />
      )}
    </>
  );
}
