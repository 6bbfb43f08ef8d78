import { PageHeader } from '../../components/page-header';
import { CleaningSummary } from '../../features/about/components/cleaning-summary';
import { DatasetOverview } from '../../features/about/components/dataset-overview';
import { Downloads } from '../../features/about/components/downloads';
import { useLoadedDataset } from '../../lib/api/get-dataset';
import { useT } from '../../lib/use-t';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** `/about`: the dataset, how it was made, what cleaning removed, and downloads. */
export default function AboutRoute() {
  const dataset = useLoadedDataset();
  const { t } = useT();
  return (
    <>
      <PageHeader title={t('about.title')} description={t('about.description')} />
      <div className="space-y-12">
        <DatasetOverview dataset={dataset} />
        <Downloads dataset={dataset} />
        <CleaningSummary articles={dataset.articles} />
      </div>
    </>
  );
}
