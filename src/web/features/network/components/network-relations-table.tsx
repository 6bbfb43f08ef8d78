import { Link } from 'react-router-dom';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { NetworkElements } from '../build-network-elements';

const th = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-faint uppercase';

/** The same graph as a table: the accessible, keyboard-usable alternative to the canvas. */
export function NetworkRelationsTable({ elements }: { elements: NetworkElements }) {
  const paths = usePaths();
  const { t } = useT();
  const labels = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const entityLink = (id: string) => (
    <Link to={paths.entity(id)} className="text-accent hover:underline">
      {labels.get(id) ?? id}
    </Link>
  );
  return (
    <details className="rounded-xl bg-surface p-4 ring-1 ring-line">
      <summary className="cursor-pointer font-medium text-body">
        {t('network.table.summary', { count: elements.edges.length })}
      </summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('network.table.from')}
              </th>
              <th scope="col" className={th}>
                {t('network.table.relation')}
              </th>
              <th scope="col" className={th}>
                {t('network.table.to')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {elements.edges.map(({ data }) => (
              <tr key={data.id}>
                <td className="px-3 py-2">{entityLink(data.source)}</td>
                <td className="px-3 py-2 text-faint">{t(`relations.${data.type}`)}</td>
                <td className="px-3 py-2">{entityLink(data.target)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
