import { Link } from 'react-router-dom';
import type { Region } from '../../../../domain';
import { regionName } from '../../../lib/dataset-lookups';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { GraphIndex, ViewGraph } from '../network-model';

/** Rows drawn at most per table; the exports carry everything. */
export const LIST_LIMIT = 2000;
const th = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-faint uppercase';
const td = 'px-3 py-1.5 align-top';

/** A table's column headings; `right` aligns a column of numbers. */
function HeaderRow({ columns }: { columns: Array<[label: string, right?: boolean]> }) {
  return (
    <thead>
      <tr>
        {columns.map(([label, right]) => (
          <th key={label} scope="col" className={right ? `${th} text-right` : th}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

type NetworkListProps = {
  graph: ViewGraph;
  index: GraphIndex;
  regions: ReadonlyMap<string, Region>;
  onFocus: (id: string) => void;
};

/** The same nodes and edges as tables: for keyboards, screen readers and printing. */
export function NetworkList({ graph, index, regions, onFocus }: NetworkListProps) {
  const { t, lang } = useT();
  const paths = usePaths();
  const name = (id: string) => index.node.get(id)?.label ?? id;
  const nodes = [...graph.nodes].sort((a, b) => b.degree - a.degree).slice(0, LIST_LIMIT);
  return (
    <div className="space-y-8" data-testid="network-list">
      <section aria-labelledby="list-nodes">
        <h2 id="list-nodes" className="text-xl font-semibold text-ink">
          {t('network.list.nodes', { count: graph.nodes.length })}
        </h2>
        {graph.nodes.length > LIST_LIMIT ? (
          <p className="text-sm text-faint">{t('network.list.capped', { limit: LIST_LIMIT })}</p>
        ) : null}
        <table className="mt-2 w-full text-sm">
          <HeaderRow
            columns={[
              [t('network.list.name')],
              [t('network.list.kind')],
              [t('network.list.region')],
              [t('network.list.degree'), true],
            ]}
          />
          <tbody className="divide-y divide-line" data-testid="list-node-rows">
            {nodes.map((n) => (
              <tr key={n.id}>
                <th scope="row" className={`${td} text-left font-normal`}>
                  <button
                    type="button"
                    onClick={() => onFocus(n.id)}
                    className="text-left text-accent hover:underline"
                  >
                    {n.label}
                  </button>
                </th>
                <td className={td}>{`${t(`kinds.${n.kind}`)} · ${t(`subtypes.${n.subtype}`)}`}</td>
                <td className={td}>{n.region ? regionName(regions.get(n.region), lang) : '—'}</td>
                <td className={`${td} text-right tabular-nums`}>{n.degree}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="list-edges">
        <h2 id="list-edges" className="text-xl font-semibold text-ink">
          {t('network.list.edges', { count: graph.edges.length })}
        </h2>
        <table className="mt-2 w-full text-sm">
          <HeaderRow
            columns={[
              [t('network.list.from')],
              [t('network.list.relation')],
              [t('network.list.to')],
              [t('network.list.date')],
              [t('network.list.article')],
            ]}
          />
          <tbody className="divide-y divide-line" data-testid="list-edge-rows">
            {graph.edges.slice(0, LIST_LIMIT).map((e) => (
              <tr key={e.id}>
                <td className={td}>{name(e.source)}</td>
                <td className={`${td} text-faint`}>{t(`relations.${e.type}`)}</td>
                <td className={td}>{name(e.target)}</td>
                <td className={`${td} tabular-nums`}>
                  {e.date ?? '—'}
                  {e.published ? (
                    <span className="text-faint"> {t('network.list.published')}</span>
                  ) : null}
                </td>
                <td className={td}>
                  <Link to={paths.article(e.article)} className="text-accent hover:underline">
                    {t('network.list.source')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
