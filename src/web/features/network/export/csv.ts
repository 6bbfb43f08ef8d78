import type { ViewGraph } from '../network-model';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formulas defused. */
function field(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@]/.test(text) && Number.isNaN(Number(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const rows = (header: string[], records: Record<string, unknown>[]) =>
  [header, ...records.map((r) => header.map((h) => r[h]))]
    .map((row) => row.map(field).join(','))
    .join('\r\n') + '\r\n';

export function nodesCsv(graph: ViewGraph): string {
  return rows(
    ['id', 'label', 'hans', 'en', 'kind', 'subtype', 'region', 'date', 'degree', 'x', 'y'],
    graph.nodes,
  );
}

export function edgesCsv(graph: ViewGraph): string {
  return rows(['id', 'source', 'target', 'type', 'date', 'published', 'article'], graph.edges);
}
