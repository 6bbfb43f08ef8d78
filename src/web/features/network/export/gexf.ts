import type { ViewGraph } from '../network-model';

/**
 * GEXF 1.3 (Gephi's own format) through graphology-gexf. Loaded on demand: graphology stays out
 * of the network chunk until someone exports. Parallel edges (two relations between the same
 * pair) are kept, each with its own key.
 */
export async function toGexf(graph: ViewGraph): Promise<string> {
  const [{ MultiDirectedGraph }, { write }] = await Promise.all([
    import('graphology'),
    import('graphology-gexf/browser'),
  ]);
  const g = new MultiDirectedGraph();
  for (const { id, ...attrs } of graph.nodes)
    g.addNode(id, { ...attrs, size: attrs.degree, label: attrs.label });
  for (const { id, source, target, ...attrs } of graph.edges)
    g.addEdgeWithKey(id, source, target, { ...attrs, label: attrs.type });
  return write(g, { version: '1.3' });
}
