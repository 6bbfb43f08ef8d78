import { Link } from 'react-router-dom';
import { RELATION_LABELS } from '../../../lib/labels';
import { usePaths } from '../../../lib/use-paths';
import type { NetworkElements } from '../build-network-elements';

const th = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase';

/** The same graph as a table: the accessible, keyboard-usable alternative to the canvas. */
export function NetworkRelationsTable({ elements }: { elements: NetworkElements }) {
  const paths = usePaths();
  const labels = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const entityLink = (id: string) => (
    <Link to={paths.entity(id)} className="text-teal-800 hover:underline">
      {labels.get(id) ?? id}
    </Link>
  );
  return (
    <details className="rounded-xl bg-white p-4 ring-1 ring-stone-200">
      <summary className="cursor-pointer font-medium text-slate-700">
        Relations as a table ({elements.edges.length})
      </summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className={th}>
                From
              </th>
              <th scope="col" className={th}>
                Relation
              </th>
              <th scope="col" className={th}>
                To
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {elements.edges.map(({ data }) => (
              <tr key={data.id}>
                <td className="px-3 py-2">{entityLink(data.source)}</td>
                <td className="px-3 py-2 text-slate-500">{RELATION_LABELS[data.type]}</td>
                <td className="px-3 py-2">{entityLink(data.target)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
