import type {
  ArticleSummary,
  DatasetIndex,
  NetworkEdge,
  NetworkNode,
  PartialDate,
} from '../../domain';

export type UnplacedNode = Omit<NetworkNode, 'x' | 'y'>;
export type NetworkGraph = { nodes: UnplacedNode[]; edges: NetworkEdge[] };

/** The value of a date that carries a year, else undefined (yearless `--MM-DD` and unknown). */
const withYear = (date: PartialDate | undefined): string | undefined =>
  date?.value && /^\d{4}/.test(date.value) ? date.value : undefined;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every entity as a node and every relation between two distinct entities as an edge, sorted by
 * id so the same dataset always gives the same file. An edge is dated by the relation, else by
 * its article's publication (marked `published`), so the time filter can place most of them.
 */
export function buildNetworkGraph(index: DatasetIndex): NetworkGraph {
  const articles = new Map<string, ArticleSummary>(index.articles.map((a) => [a.id, a]));
  const ids = new Set(index.entities.map((e) => e.id));
  const degree = new Map<string, number>();
  const edges: NetworkEdge[] = [];
  for (const r of [...index.relations].sort(byId)) {
    if (r.source === r.target || !ids.has(r.source) || !ids.has(r.target)) continue;
    const own = withYear(r.date);
    const published = own ? undefined : withYear(articles.get(r.articleId)?.publishedAt);
    edges.push({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      ...(own ? { date: own } : published ? { date: published, published: true as const } : {}),
      article: r.articleId,
    });
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const nodes = [...index.entities].sort(byId).map((e): UnplacedNode => {
    const date = e.kind === 'collaboration' ? withYear(e.date) : undefined;
    return {
      id: e.id,
      label: e.names.original,
      ...(e.names.zhHans !== e.names.original ? { hans: e.names.zhHans } : {}),
      ...(e.names.en && e.names.en !== e.names.original ? { en: e.names.en } : {}),
      kind: e.kind,
      subtype: e.subtype,
      ...(e.regionCode ? { region: e.regionCode } : {}),
      ...(date ? { date } : {}),
      degree: degree.get(e.id) ?? 0,
    };
  });
  return { nodes, edges };
}
