import { useCallback, useMemo } from 'react';
import { PageHeader } from '../../components/page-header';
import { useNetwork } from '../../features/network/api/get-network';
import { CanvasToolbar } from '../../features/network/components/canvas-toolbar';
import { FocusController } from '../../features/network/components/controllers/focus-controller';
import { PointerController } from '../../features/network/components/controllers/pointer-controller';
import { ThemeController } from '../../features/network/components/controllers/theme-controller';
import { ViewController } from '../../features/network/components/controllers/view-controller';
import { ExportMenu } from '../../features/network/components/export-menu';
import { NetworkCanvas } from '../../features/network/components/network-canvas';
import { NetworkFilters } from '../../features/network/components/network-filters';
import { NetworkLegend } from '../../features/network/components/network-legend';
import { NetworkList } from '../../features/network/components/network-list';
import { NetworkSearch } from '../../features/network/components/network-search';
import { NodePanel } from '../../features/network/components/node-panel';
import { ViewToggle } from '../../features/network/components/view-toggle';
import {
  egoNetwork,
  filterNetwork,
  graphIndex,
  viewGraph,
} from '../../features/network/network-model';
import { useNetworkParams } from '../../features/network/use-network-params';
import { useLoadedManifest } from '../../lib/api/get-manifest';
import { useT } from '../../lib/use-t';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** Default export: the router loads this file lazily, so Cytoscape stays out of the entry chunk. */
export default function NetworkRoute() {
  const file = useNetwork();
  const manifest = useLoadedManifest();
  const params = useNetworkParams();
  const { t } = useT();
  const { region, kinds, rels, from, to, focus, hops, setParams } = params;
  const index = graphIndex(file);
  const regions = useMemo(() => new Map(manifest.regions.map((r) => [r.code, r])), [manifest]);
  const filtered = useMemo(
    () => filterNetwork(index, { region, kinds, rels, from, to }),
    [index, region, kinds, rels, from, to],
  );
  const view = useMemo(
    () => (focus && hops ? egoNetwork(index, filtered, focus, hops) : filtered),
    [index, filtered, focus, hops],
  );
  const graph = useMemo(() => viewGraph(index, view), [index, view]);
  const focusNode = focus ? index.node.get(focus) : undefined;
  const select = useCallback((id: string) => setParams({ focus: id }), [setParams]);
  const counts = { nodes: view.nodes.size, edges: view.edges.size };
  const panel = focusNode ? (
    <NodePanel
      node={focusNode}
      index={index}
      regions={regions}
      onFocus={select}
      onClose={() => setParams({ focus: null, hops: null })}
    />
  ) : null;
  return (
    <>
      <PageHeader title={t('network.title')} description={t('network.description')}>
        <ViewToggle view={params.view} onChange={(v) => setParams({ view: v })} />
      </PageHeader>
      <div className="mb-3 flex flex-wrap items-end gap-x-6 gap-y-3">
        <NetworkSearch nodes={file.nodes} onPick={select} />
        <NetworkFilters
          key={`${from}-${to}`}
          params={params}
          onParams={setParams}
          onRange={(range) => params.setShared(range)}
        />
      </div>
      <p
        data-testid="network-status"
        data-node-count={counts.nodes}
        data-edge-count={counts.edges}
        className="mb-2 text-sm text-muted"
        aria-live="polite"
      >
        {t('network.status', counts)}
        {file.aggregation
          ? ` · ${t('network.aggregated', { shown: file.nodes.length, total: file.aggregation.totalNodes })}`
          : ''}
      </p>
      {params.view === 'list' ? (
        <div className="space-y-6">
          {panel}
          <NetworkList graph={graph} index={index} regions={regions} onFocus={select} />
        </div>
      ) : (
        <div className={panel ? 'grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]' : ''}>
          <div className="relative">
            <NetworkCanvas file={file} label={t('network.canvas', counts)}>
              <ViewController view={view} />
              <FocusController focus={focus} />
              <PointerController onSelect={select} />
              <ThemeController />
              <CanvasToolbar visibleNodes={counts.nodes} />
            </NetworkCanvas>
            {counts.nodes === 0 ? (
              <p className="absolute inset-x-0 top-1/3 text-center text-muted">
                {t('network.empty')}
              </p>
            ) : null}
          </div>
          {panel}
        </div>
      )}
      <div className="mt-4 space-y-4">
        <NetworkLegend kinds={kinds} />
        <ExportMenu graph={graph} />
      </div>
    </>
  );
}
