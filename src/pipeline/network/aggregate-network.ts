import type { NetworkAggregation } from '../../domain';
import type { NetworkGraph } from './build-network-graph';

/** Past this many nodes a browser draws slowly and a reader sees nothing: keep the best connected. */
export const NETWORK_NODE_LIMIT = 10_000;

/**
 * Keeps the `limit` nodes of highest degree (ties by id) and the edges between them; the rest are
 * counted per province, so the view can say what it leaves out and where. Below the limit the
 * graph is returned as it is, with no aggregation.
 */
export function aggregateNetwork(
  graph: NetworkGraph,
  limit = NETWORK_NODE_LIMIT,
): { graph: NetworkGraph; aggregation: NetworkAggregation | null } {
  if (graph.nodes.length <= limit) return { graph, aggregation: null };
  const ranked = [...graph.nodes].sort(
    (a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept = new Set(ranked.slice(0, limit).map((n) => n.id));
  const omittedByRegion: Record<string, number> = {};
  for (const n of ranked.slice(limit)) {
    const key = n.region ? `${n.region.slice(0, 2)}0000` : 'none';
    omittedByRegion[key] = (omittedByRegion[key] ?? 0) + 1;
  }
  const sorted = Object.fromEntries(
    Object.entries(omittedByRegion).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return {
    graph: {
      nodes: graph.nodes.filter((n) => kept.has(n.id)),
      edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
    },
    aggregation: {
      limit,
      totalNodes: graph.nodes.length,
      totalEdges: graph.edges.length,
      omittedByRegion: sorted,
    },
  };
}
