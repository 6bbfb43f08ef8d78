import { describe, expect, it } from 'vitest';
import type { NetworkFile } from '../../src/domain';
import {
  egoNetwork,
  filterNetwork,
  graphIndex,
  neighboursIn,
  viewGraph,
  type NetworkFilters,
} from '../../src/web/features/network/network-model';
import { toElements } from '../../src/web/features/network/network-elements';
import { fixtureNetwork } from './network-fixture';

const file = fixtureNetwork();
const index = graphIndex(file);
const ALL: NetworkFilters = {
  region: [],
  kinds: ['collaboration', 'institution'],
  rels: [],
  from: null,
  to: null,
};
const sorted = (set: Set<string>) => [...set].sort();

describe('network model', () => {
  it('draws collaborations and institutions with the relations between them', () => {
    const view = filterNetwork(index, ALL);
    expect(view.nodes.size).toBe(8);
    expect(view.edges.size).toBe(6);
    expect(view.outside.size).toBe(0);
    const xjtu = index.node.get('i-cfa94686');
    expect(xjtu).toMatchObject({ label: '西安交通大學', kind: 'institution', degree: 2 });
    expect(file.edges.find((e) => e.id === 'r-2b439c19')).toMatchObject({
      source: 'i-cfa94686',
      target: 'c-05230efd',
      type: 'member',
      article: 'shaanxi-medical-engineering-alliance',
    });
  });

  it('keeps a province with its cities, and marks partners from elsewhere', () => {
    const shaanxi = filterNetwork(index, { ...ALL, region: ['610000'] });
    expect(sorted(shaanxi.nodes)).toEqual(['c-05230efd', 'c-45d3aa1e', 'i-2c374659', 'i-cfa94686']);
    expect(sorted(shaanxi.edges)).toEqual(['r-2b439c19', 'r-cc42fe73', 'r-fca95b89']);
    const shenyang = filterNetwork(index, { ...ALL, region: ['210100'] });
    expect([...shenyang.outside]).toEqual(['c-2379a536']);
    expect(shenyang.nodes.size).toBe(4);
    expect(filterNetwork(index, { ...ALL, region: ['110000'] }).nodes.size).toBe(0);
  });

  it('filters by relation type and drops the nodes left without edges', () => {
    const members = filterNetwork(index, { ...ALL, rels: ['member'] });
    const types = viewGraph(index, members).edges.map((e) => e.type);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['member']));
    for (const id of members.nodes)
      expect(neighboursIn(index, members, id).size).toBeGreaterThan(0);
  });

  it('keeps only edges dated inside a time range (partial dates overlap)', () => {
    const dated = file.edges.filter((e) => e.date);
    expect(dated.length).toBeGreaterThan(0);
    const year = (dated[0]?.date ?? '').slice(0, 4);
    const view = filterNetwork(index, { ...ALL, from: year, to: year });
    const graph = viewGraph(index, view);
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(graph.edges.every((e) => e.date?.startsWith(year))).toBe(true);
    expect(filterNetwork(index, { ...ALL, from: '1900', to: '1901' }).nodes.size).toBe(0);
  });

  it('shows people only when asked', () => {
    const withPerson: NetworkFile = {
      ...file,
      nodes: [
        ...file.nodes,
        {
          id: 'p-00000001',
          label: '王某',
          kind: 'person',
          subtype: 'person',
          degree: 1,
          x: 0,
          y: 0,
        },
      ],
      edges: [
        ...file.edges,
        {
          id: 'r-00000001',
          source: 'p-00000001',
          target: 'c-05230efd',
          type: 'witness',
          article: 'shaanxi-medical-engineering-alliance',
        },
      ],
    };
    const idx = graphIndex(withPerson);
    expect(filterNetwork(idx, ALL).nodes.has('p-00000001')).toBe(false);
    const people = filterNetwork(idx, {
      ...ALL,
      kinds: ['collaboration', 'institution', 'person'],
    });
    expect(people.nodes.has('p-00000001')).toBe(true);
    expect(people.edges.has('r-00000001')).toBe(true);
  });

  it('builds an ego network N hops out', () => {
    const all = filterNetwork(index, ALL);
    const one = egoNetwork(index, all, 'i-cfa94686', 1);
    expect(one.nodes.has('i-cfa94686')).toBe(true);
    expect(one.nodes.size).toBe(3); // XJTU and the two collaborations it is in
    for (const e of viewGraph(index, one).edges)
      expect(one.nodes.has(e.source) && one.nodes.has(e.target)).toBe(true);
    const two = egoNetwork(index, all, 'i-cfa94686', 2);
    expect(two.nodes.size).toBeGreaterThanOrEqual(one.nodes.size);
    expect(egoNetwork(index, all, 'c-00000000', 2).nodes.size).toBe(0);
  });

  it('makes Cytoscape elements with build-time positions, sizes by degree and short labels', () => {
    const els = toElements(file);
    const nodes = els.filter((e) => e.group === 'nodes');
    expect(nodes).toHaveLength(file.nodes.length);
    const xjtu = nodes.find((n) => n.data.id === 'i-cfa94686');
    expect(xjtu?.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    expect(xjtu?.data).toMatchObject({ kind: 'institution', name: '西安交通大學' });
    expect(xjtu?.classes).toBe('han');
    const big = nodes.reduce((a, b) =>
      (a.data.degree as number) > (b.data.degree as number) ? a : b,
    );
    const small = nodes.reduce((a, b) =>
      (a.data.degree as number) < (b.data.degree as number) ? a : b,
    );
    expect(big.data.size as number).toBeGreaterThan(small.data.size as number);
  });
});
