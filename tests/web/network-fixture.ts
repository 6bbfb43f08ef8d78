import { DatasetIndexSchema, type NetworkFile } from '../../src/domain';
import { buildNetworkGraph } from '../../src/pipeline/network/build-network-graph';
import { readFixture } from './fixture-server';

/** The fixture dataset as network.json, without a layout (positions do not matter here). */
export function fixtureNetwork(): NetworkFile {
  const dataset = DatasetIndexSchema.parse(JSON.parse(readFixture('index.json')));
  const graph = buildNetworkGraph(dataset);
  return {
    schemaVersion: 1,
    layout: { algorithm: 'none', seed: 0 },
    aggregation: null,
    nodes: graph.nodes.map((n, i) => ({ ...n, x: i, y: i })),
    edges: graph.edges,
  };
}
