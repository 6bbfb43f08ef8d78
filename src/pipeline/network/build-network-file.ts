import { NETWORK_SCHEMA_VERSION, type DatasetIndex, type NetworkFile } from '../../domain';
import { aggregateNetwork, NETWORK_NODE_LIMIT } from './aggregate-network';
import { buildNetworkGraph } from './build-network-graph';
import { LAYOUT_SEED, layoutCore, placeSatellites } from './layout-network';

/**
 * The dataset → `network.json`: graph, aggregation past the node limit, then layout. Only
 * collaborations and institutions shape the layout; people are placed around them afterwards.
 */
export function buildNetworkFile(index: DatasetIndex, limit = NETWORK_NODE_LIMIT): NetworkFile {
  const { graph, aggregation } = aggregateNetwork(buildNetworkGraph(index), limit);
  const isPerson = (n: { kind: string }) => n.kind === 'person';
  // Organisations with a relation shape the layout; people ring them, the unrelated line up below.
  const linked = new Set(
    graph.edges
      .filter((e) => !e.source.startsWith('p-') && !e.target.startsWith('p-'))
      .flatMap((e) => [e.source, e.target]),
  );
  const core = {
    nodes: graph.nodes.filter((n) => !isPerson(n) && linked.has(n.id)),
    edges: graph.edges,
  };
  const positions = placeSatellites(graph, layoutCore(core, LAYOUT_SEED), () => true);
  return {
    schemaVersion: NETWORK_SCHEMA_VERSION,
    layout: { algorithm: 'fcose', seed: LAYOUT_SEED },
    aggregation,
    nodes: graph.nodes.map((n) => ({ ...n, ...(positions.get(n.id) ?? { x: 0, y: 0 }) })),
    edges: graph.edges,
  };
}
