import { useMemo } from 'react';
import { PageHeader } from '../../components/page-header';
import { buildTimeline } from '../../features/timeline/build-timeline';
import { TimelineView } from '../../features/timeline/components/timeline-view';
import { useLoadedDataset } from '../../lib/api/get-dataset';
import { useUrlState } from '../../lib/use-url-state';

export function TimelineRoute() {
  const dataset = useLoadedDataset();
  const { region } = useUrlState();
  const timeline = useMemo(() => buildTimeline(dataset.articles, region), [dataset, region]);
  const dated = timeline.total - timeline.yearless.length - timeline.undated.length;
  return (
    <>
      <PageHeader
        title="Timeline"
        description={`${timeline.total} entries: ${dated} dated, ${timeline.yearless.length} without a year, ${timeline.undated.length} undated. Dates are shown only as precisely as the source gives them.`}
      />
      <TimelineView timeline={timeline} />
    </>
  );
}
