import { useMemo } from 'react';
import { PageHeader } from '../../components/page-header';
import { buildAllianceRows } from '../../features/alliances/build-alliance-rows';
import { AlliancesTable } from '../../features/alliances/components/alliances-table';
import { useLoadedDataset } from '../../lib/api/get-dataset';
import { useUrlState } from '../../lib/use-url-state';

export function AlliancesRoute() {
  const dataset = useLoadedDataset();
  const { region } = useUrlState();
  const rows = useMemo(() => buildAllianceRows(dataset, region), [dataset, region]);
  return (
    <>
      <PageHeader
        title="Alliances"
        description={`${rows.length} ${rows.length === 1 ? 'collaboration' : 'collaborations'} — alliances, agreements, joint labs and programmes — most reported first.`}
      />
      <AlliancesTable rows={rows} />
    </>
  );
}
