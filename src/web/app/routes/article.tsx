import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { BodyRecord, DatasetIndex, Manifest } from '../../../domain';
import { ErrorScreen } from '../../components/error-screen';
import { LoadingPanel } from '../../components/loading-panel';
import { NotFound } from '../../components/not-found';
import { ArticleView } from '../../features/reader/components/article-view';
import { manifestRegions } from '../../lib/api/assemble-dataset';
import { useArticleRecord } from '../../lib/api/get-article';
import { datasetQueryOptions } from '../../lib/api/get-dataset';
import { useLoadedManifest } from '../../lib/api/get-manifest';
import { usePaths } from '../../lib/use-paths';
import { useT } from '../../lib/use-t';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** Up to this many articles (two summary shards) the reader loads the catalogue after painting. */
const CATALOGUE_IN_READER = 4_000;

/** What one body record can answer: the article, the entities it names and every region. */
function recordDataset(record: BodyRecord, manifest: Manifest): DatasetIndex {
  return {
    schemaVersion: 1,
    articles: [record.summary],
    entities: record.entities,
    relations: [],
    regions: manifestRegions(manifest),
  };
}

/**
 * `/articles/:id`: the reader. It paints from the manifest and the one body shard holding the
 * article (summary, body and the entities it names travel together). Neighbours in time and
 * related articles need the catalogue: fetched after the paint for a small dataset, otherwise
 * shown once another view has loaded it. An id the shard does not hold is a not-found page.
 */
export default function ArticleRoute() {
  const { id = '' } = useParams();
  const manifest = useLoadedManifest();
  const paths = usePaths();
  const { t } = useT();
  const record = useArticleRecord(id);
  // After the paint, a small dataset's catalogue is worth fetching for the pager and related
  // articles; a large one is used only when another view has already loaded it.
  const catalogue = useQuery({
    ...datasetQueryOptions(),
    enabled: Boolean(record.data) && manifest.counts.articles <= CATALOGUE_IN_READER,
  }).data;
  const own = useMemo(
    () => (record.data ? recordDataset(record.data, manifest) : undefined),
    [record.data, manifest],
  );

  if (record.isError)
    return (
      <ErrorScreen
        title={t('errors.article')}
        error={record.error}
        retrying={record.isFetching}
        onRetry={() => void record.refetch()}
      />
    );
  if (record.data === null)
    return <NotFound title={t('notFound.article')} detail={t('notFound.articleDetail', { id })} />;
  if (record.data === undefined || !own) return <LoadingPanel label={t('common.loadingArticle')} />;
  const { summary, body } = record.data;
  return (
    <>
      <title>{`${summary.title} · Alliance Atlas`}</title>
      <Link
        to={paths.timeline()}
        className="mb-6 inline-block text-sm text-accent hover:underline print:hidden"
      >
        ← {t('nav.timeline')}
      </Link>
      <ArticleView
        summary={summary}
        body={body}
        dataset={catalogue ?? own}
        withNeighbours={Boolean(catalogue)}
      />
    </>
  );
}
