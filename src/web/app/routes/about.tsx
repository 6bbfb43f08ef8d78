import { PageHeader } from '../../components/page-header';
import { CleaningSummary } from '../../features/about/components/cleaning-summary';
import { DatasetOverview } from '../../features/about/components/dataset-overview';
import { Downloads } from '../../features/about/components/downloads';
import { useLoadedManifest } from '../../lib/api/get-manifest';
import { useT } from '../../lib/use-t';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/**
 * `/about`: the dataset, how it was made, what cleaning removed, and downloads. Opens from the
 * manifest alone; article lists and the whole dataset (for CSV) load only as they are asked for.
 */
export default function AboutRoute() {
  const manifest = useLoadedManifest();
  const { t } = useT();
  return (
    <>
      <PageHeader title={t('about.title')} description={t('about.description')} />
      <div className="space-y-12">
        <DatasetOverview manifest={manifest} />
        <Downloads />
        <CleaningSummary manifest={manifest} />
      </div>
    </>
  );
}
