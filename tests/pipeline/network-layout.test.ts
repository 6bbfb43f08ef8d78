import { describe, expect, it } from 'vitest';
import { DatasetIndexSchema, NetworkFileSchema, type DatasetIndex } from '../../src/domain';
import { aggregateNetwork } from '../../src/pipeline/network/aggregate-network';
import { buildNetworkFile } from '../../src/pipeline/network/build-network-file';
import { buildNetworkGraph } from '../../src/pipeline/network/build-network-graph';
import { readFixture } from '../web/fixture-server';

const dataset: DatasetIndex = DatasetIndexSchema.parse(JSON.parse(readFixture('index.json')));

describe('network.json at build time', () => {
  it('is valid, with every entity as a node and relations as dated edges', () => {
    const file = NetworkFileSchema.parse(buildNetworkFile(dataset));
    expect(file.nodes).toHaveLength(dataset.entities.length);
    expect(file.edges.length).toBeGreaterThan(0);
    for (const e of file.edges) {
      const relation = dataset.relations.find((r) => r.id === e.id);
      expect(relation?.articleId).toBe(e.article);
      if (relation?.date?.value && /^\d{4}/.test(relation.date.value)) {
        expect(e.date).toBe(relation.date.value);
        expect(e.published).toBeUndefined();
      }
    }
    expect(file.aggregation).toBeNull();
  });

  it('lays out the same data to the same bytes, with distinct positions', () => {
    const a = JSON.stringify(buildNetworkFile(dataset));
    const b = JSON.stringify(buildNetworkFile(structuredClone(dataset)));
    expect(a).toBe(b);
    const file = buildNetworkFile(dataset);
    const organisations = file.nodes.filter((n) => n.kind !== 'person');
    const spots = new Set(organisations.map((n) => `${n.x},${n.y}`));
    expect(spots.size).toBe(organisations.length);
    expect(file.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('keeps the best-connected nodes past the limit and counts the rest by province', () => {
    const graph = buildNetworkGraph(dataset);
    const { graph: kept, aggregation } = aggregateNetwork(graph, 3);
    expect(kept.nodes).toHaveLength(3);
    const minKept = Math.min(...kept.nodes.map((n) => n.degree));
    const ids = new Set(kept.nodes.map((n) => n.id));
    expect(graph.nodes.filter((n) => !ids.has(n.id)).every((n) => n.degree <= minKept)).toBe(true);
    expect(kept.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(aggregation?.totalNodes).toBe(graph.nodes.length);
    const omitted = Object.values(aggregation?.omittedByRegion ?? {}).reduce((s, n) => s + n, 0);
    expect(omitted).toBe(graph.nodes.length - 3);
  });
});
