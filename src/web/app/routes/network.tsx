import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { buildNetworkElements } from '../../features/network/build-network-elements';
import { NetworkCanvas } from '../../features/network/components/network-canvas';
import { NetworkLegend } from '../../features/network/components/network-legend';
import { NetworkRelationsTable } from '../../features/network/components/network-relations-table';
import { useLoadedDataset } from '../../lib/api/get-dataset';
import { usePaths } from '../../lib/use-paths';
import { useUrlState } from '../../lib/use-url-state';

/** Default export: the router loads this file lazily, so Cytoscape stays out of the entry chunk. */
export default function NetworkRoute() {
  const dataset = useLoadedDataset();
  const { region } = useUrlState();
  const paths = usePaths();
  const navigate = useNavigate();
  const elements = useMemo(() => buildNetworkElements(dataset, { region }), [dataset, region]);
  const openNode = useCallback((id: string) => navigate(paths.entity(id)), [navigate, paths]);
  return (
    <>
      <PageHeader
        title="Network"
        description="Who works with whom. Select a node to open its page."
      >
        <NetworkLegend />
      </PageHeader>
      {elements.nodes.length === 0 ? (
        <p className="rounded-xl bg-white p-8 text-slate-600">
          No alliances or institutions in this region.
        </p>
      ) : (
        <div className="space-y-4">
          <p
            data-testid="network-status"
            data-node-count={elements.nodes.length}
            data-edge-count={elements.edges.length}
            className="text-sm text-slate-600"
          >
            {elements.nodes.length} nodes · {elements.edges.length} edges
          </p>
          <NetworkCanvas elements={elements} onOpenNode={openNode} />
          <NetworkRelationsTable elements={elements} />
        </div>
      )}
    </>
  );
}
