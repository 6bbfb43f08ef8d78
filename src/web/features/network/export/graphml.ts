import type { ViewGraph } from '../network-model';

const escapeXml = (value: string) =>
  value.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );

const NODE_KEYS = [
  'label',
  'hans',
  'en',
  'kind',
  'subtype',
  'region',
  'date',
  'degree',
  'x',
  'y',
] as const;
const EDGE_KEYS = ['type', 'date', 'article'] as const;
const NUMERIC = new Set(['degree', 'x', 'y']);

const data = (record: Record<string, unknown>, keys: readonly string[], prefix: string) =>
  keys
    .filter((k) => record[k] !== undefined)
    .map((k) => `<data key="${prefix}_${k}">${escapeXml(String(record[k]))}</data>`)
    .join('');

/** GraphML 1.0 of the drawn graph (Gephi, yEd, networkx): one key per attribute, directed edges. */
export function toGraphml(graph: ViewGraph): string {
  const keys = [
    ...NODE_KEYS.map(
      (k) =>
        `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${NUMERIC.has(k) ? 'double' : 'string'}"/>`,
    ),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const nodes = graph.nodes.map(
    (n) => `    <node id="${escapeXml(n.id)}">${data(n, NODE_KEYS, 'n')}</node>`,
  );
  const edges = graph.edges.map(
    (e) =>
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data(e, EDGE_KEYS, 'e')}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="alliance-atlas" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
