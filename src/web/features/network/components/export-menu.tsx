import { useState } from 'react';
import { useT } from '../../../lib/use-t';
import { edgesCsv, nodesCsv } from '../export/csv';
import { download } from '../../../lib/download';
import { toGraphml } from '../export/graphml';
import type { ViewGraph } from '../network-model';

const item =
  'rounded-md bg-surface px-2.5 py-1 text-sm text-body ring-1 ring-line-strong hover:ring-accent disabled:opacity-50';

/** Downloads of the filtered graph. GEXF loads graphology on the click that needs it. */
export function ExportMenu({ graph }: { graph: ViewGraph }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const gexf = async () => {
    setBusy(true);
    try {
      const { toGexf } = await import('../export/gexf');
      download('alliance-network.gexf', await toGexf(graph), 'application/xml');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      role="group"
      aria-labelledby="network-export"
      className="flex flex-wrap items-center gap-2 print:hidden"
    >
      <span id="network-export" className="text-sm font-medium text-muted">
        {t('network.export.label')}
      </span>
      <button
        type="button"
        className={item}
        onClick={() => download('alliance-network.graphml', toGraphml(graph), 'application/xml')}
      >
        GraphML
      </button>
      <button type="button" className={item} onClick={() => void gexf()} disabled={busy}>
        GEXF
      </button>
      <button
        type="button"
        className={item}
        onClick={() => download('alliance-network-nodes.csv', nodesCsv(graph), 'text/csv')}
      >
        {t('network.export.nodesCsv')}
      </button>
      <button
        type="button"
        className={item}
        onClick={() => download('alliance-network-edges.csv', edgesCsv(graph), 'text/csv')}
      >
        {t('network.export.edgesCsv')}
      </button>
      <button
        type="button"
        className={item}
        onClick={() =>
          download(
            'alliance-network.json',
            `${JSON.stringify(graph, null, 2)}\n`,
            'application/json',
          )
        }
      >
        JSON
      </button>
    </div>
  );
}
