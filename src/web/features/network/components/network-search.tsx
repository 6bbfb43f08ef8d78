import { useId, useMemo, useState } from 'react';
import type { NetworkNode } from '../../../../domain';
import { useT } from '../../../lib/use-t';

const MAX = 8;

/** Finds a node by any of its names (original, Simplified, English) and focuses it. */
export function NetworkSearch({
  nodes,
  onPick,
}: {
  nodes: readonly NetworkNode[];
  onPick: (id: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const hit = (n: NetworkNode) =>
      [n.label, n.hans, n.en].some((name) => name?.toLowerCase().includes(q));
    return nodes
      .filter(hit)
      .sort((a, b) => b.degree - a.degree)
      .slice(0, MAX);
  }, [nodes, query]);
  const pick = (node: NetworkNode) => {
    onPick(node.id);
    setQuery('');
  };
  return (
    <div className="relative w-64 print:hidden">
      <label htmlFor={id} className="text-sm font-medium text-muted">
        {t('network.search.label')}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('network.search.placeholder')}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches[0]) pick(matches[0]);
        }}
        className="mt-1 w-full rounded-md bg-surface px-3 py-1.5 text-sm text-body ring-1 ring-line-strong focus:ring-2 focus:ring-focus"
      />
      {query.trim() ? (
        <ul
          aria-label={t('network.search.results', { count: matches.length })}
          className="absolute z-20 mt-1 w-full rounded-lg bg-surface py-1 shadow-lg ring-1 ring-line"
        >
          {matches.length === 0 ? (
            <li className="px-3 py-1 text-sm text-faint">{t('network.search.none')}</li>
          ) : null}
          {matches.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                onClick={() => pick(n)}
                className="w-full px-3 py-1 text-left text-sm text-body hover:bg-sunken"
              >
                {n.label}
                <span className="ml-2 text-faint">{t(`subtypes.${n.subtype}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
