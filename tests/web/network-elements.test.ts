import { describe, expect, it } from 'vitest';
import { DatasetIndexSchema, type DatasetIndex } from '../../src/domain';
import {
  buildNetworkElements,
  chooseLayoutName,
} from '../../src/web/features/network/build-network-elements';
import { readFixture } from './fixture-server';

const dataset = DatasetIndexSchema.parse(JSON.parse(readFixture('index.json')));
const ids = (items: { data: { id: string } }[]) => items.map((i) => i.data.id).sort();

describe('buildNetworkElements', () => {
  it('makes a node per collaboration and institution and an edge per relation', () => {
    const { nodes, edges } = buildNetworkElements(dataset, { region: [] });
    expect(nodes).toHaveLength(8);
    expect(edges).toHaveLength(6);
    expect(nodes.filter((n) => n.data.kind === 'collaboration')).toHaveLength(4);
    expect(nodes.every((n) => !n.data.outside)).toBe(true);
    const xjtu = nodes.find((n) => n.data.id === 'i-cfa94686');
    expect(xjtu?.data).toMatchObject({ label: '西安交通大學', kind: 'institution', degree: 2 });
    expect(edges.find((e) => e.data.id === 'r-2b439c19')?.data).toEqual({
      id: 'r-2b439c19',
      source: 'i-cfa94686',
      target: 'c-05230efd',
      type: 'member',
      articleId: 'shaanxi-medical-engineering-alliance',
    });
  });

  it('keeps a province with its cities', () => {
    const { nodes, edges } = buildNetworkElements(dataset, { region: ['610000'] });
    expect(ids(nodes)).toEqual(['c-05230efd', 'c-45d3aa1e', 'i-2c374659', 'i-cfa94686']);
    expect(ids(edges)).toEqual(['r-2b439c19', 'r-cc42fe73', 'r-fca95b89']);
  });

  it('adds partners from outside the region, marked as such', () => {
    const { nodes } = buildNetworkElements(dataset, { region: ['210100'] });
    const outside = nodes.filter((n) => n.data.outside).map((n) => n.data.id);
    expect(outside).toEqual(['c-2379a536']);
    expect(nodes).toHaveLength(4);
  });

  it('leaves out people and their relations', () => {
    const withPerson: DatasetIndex = {
      ...dataset,
      entities: [
        ...dataset.entities,
        {
          id: 'p-00000001',
          kind: 'person',
          subtype: 'person',
          names: { original: '王某', zhHans: '王某', aliases: [] },
        },
      ],
      relations: [
        ...dataset.relations,
        {
          id: 'r-00000001',
          source: 'p-00000001',
          target: 'c-05230efd',
          type: 'witness',
          articleId: 'shaanxi-medical-engineering-alliance',
          evidence: '王某出席。',
        },
      ],
    };
    const { nodes, edges } = buildNetworkElements(withPerson, { region: [] });
    expect(nodes.map((n) => n.data.id)).not.toContain('p-00000001');
    expect(edges.map((e) => e.data.id)).not.toContain('r-00000001');
  });

  it('returns nothing for a region with no entities', () => {
    expect(buildNetworkElements(dataset, { region: ['110000'] })).toEqual({ nodes: [], edges: [] });
  });
});

describe('chooseLayoutName', () => {
  it('uses fcose until every node carries a position, then preset', () => {
    const elements = buildNetworkElements(dataset, { region: ['610000'] });
    expect(chooseLayoutName(elements)).toBe('fcose');
    const placed = {
      ...elements,
      nodes: elements.nodes.map((n, i) => ({ ...n, position: { x: i, y: i } })),
    };
    expect(chooseLayoutName(placed)).toBe('preset');
  });
});
