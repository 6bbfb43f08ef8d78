import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { buildNetworkElements } from '../../features/network/build-network-elements';
import { NetworkCanvas } from '../../features/network/components/network-canvas';
import { NetworkLegend } from '../../features/network/components/network-legend';
import { NetworkRelationsTable } from '../../features/network/components/network-relations-table';
import { useLoadedDataset } from '../../lib/api/get-dataset';
import { usePaths } from '../../lib/use-paths';
import { useT } from '../../lib/use-t';
import { useUrlState } from '../../lib/use-url-state';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** Default export: the router loads this file lazily, so Cytoscape stays out of the entry chunk. */
export default function NetworkRoute() {
  const dataset = useLoadedDataset();
  const { region } = useUrlState();
  const paths = usePaths();
  const { t } = useT();
  const navigate = useNavigate();
  const elements = useMemo(() => buildNetworkElements(dataset, { region }), [dataset, region]);
  const openNode = useCallback((id: string) => navigate(paths.entity(id)), [navigate, paths]);
  const counts = { nodes: elements.nodes.length, edges: elements.edges.length };
  return (
    <>
      <PageHeader title={t('network.title')} description={t('network.description')}>
        <NetworkLegend />
      </PageHeader>
      {elements.nodes.length === 0 ? (
        <p className="rounded-xl bg-surface p-8 text-muted">{t('network.empty')}</p>
      ) : (
        <div className="space-y-4">
          <p
            data-testid="network-status"
            data-node-count={counts.nodes}
            data-edge-count={counts.edges}
            className="text-sm text-muted"
          >
            {t('network.status', counts)}
          </p>
          <NetworkCanvas
            elements={elements}
            label={t('network.canvas', counts)}
            onOpenNode={openNode}
          />
          <NetworkRelationsTable elements={elements} />
        </div>
      )}
    </>
  );
}
