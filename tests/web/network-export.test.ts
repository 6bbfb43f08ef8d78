// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv } from '../../src/web/features/network/export/csv';
import { toGexf } from '../../src/web/features/network/export/gexf';
import { toGraphml } from '../../src/web/features/network/export/graphml';
import { filterNetwork, graphIndex, viewGraph } from '../../src/web/features/network/network-model';
import { fixtureNetwork } from './network-fixture';

const index = graphIndex(fixtureNetwork());
const graph = viewGraph(
  index,
  filterNetwork(index, {
    region: ['610000'],
    kinds: ['collaboration', 'institution'],
    rels: [],
    from: null,
    to: null,
  }),
);
const xml = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

describe('network exports (the filtered graph)', () => {
  it('has something to export', () => {
    expect(graph.nodes).toHaveLength(4);
    expect(graph.edges).toHaveLength(3);
  });

  it('GraphML parses back as XML with the right nodes, edges and labels', () => {
    const doc = xml(toGraphml(graph));
    expect(doc.getElementsByTagName('node')).toHaveLength(4);
    expect(doc.getElementsByTagName('edge')).toHaveLength(3);
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://graphml.graphdrawing.org/xmlns');
    const labels = [...doc.querySelectorAll('data[key="n_label"]')].map((d) => d.textContent);
    expect(labels).toContain('西安交通大學');
    const edge = doc.getElementsByTagName('edge')[0];
    expect(edge?.getAttribute('source')).toMatch(/^[ci]-/);
  });

  it('GEXF parses back as XML with the right counts', async () => {
    const doc = xml(await toGexf(graph));
    expect(doc.getElementsByTagName('node')).toHaveLength(4);
    expect(doc.getElementsByTagName('edge')).toHaveLength(3);
    expect(doc.documentElement.getAttribute('version')).toBe('1.3');
  });

  it('CSV has a header and one row per node and edge', () => {
    const nodes = nodesCsv(graph).trim().split('\r\n');
    const edges = edgesCsv(graph).trim().split('\r\n');
    expect(nodes[0]).toBe('id,label,hans,en,kind,subtype,region,date,degree,x,y');
    expect(nodes).toHaveLength(5);
    expect(edges).toHaveLength(4);
    expect(edges.slice(1).every((row) => row.split(',').length >= 7)).toBe(true);
  });
});
