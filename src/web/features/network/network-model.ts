import type {
  EntityKind,
  NetworkEdge,
  NetworkFile,
  NetworkNode,
  RelationType,
} from '../../../domain';
import { hasRange, overlapsRange } from '../../lib/date-range';
import { matchesRegion } from '../../lib/dataset-lookups';

export type NetworkFilters = {
  region: readonly string[];
  kinds: readonly EntityKind[];
  /** Empty: every relation type. */
  rels: readonly RelationType[];
  from: string | null;
  to: string | null;
};

/** What is drawn: node and edge ids, and the partners shown only for context (outside the region). */
export type NetworkView = { nodes: Set<string>; edges: Set<string>; outside: Set<string> };

export type GraphIndex = {
  file: NetworkFile;
  node: Map<string, NetworkNode>;
  /** Edges touching each node. */
  incident: Map<string, NetworkEdge[]>;
};

const indexes = new WeakMap<NetworkFile, GraphIndex>();

/** Id maps and adjacency, built once per loaded file. */
export function graphIndex(file: NetworkFile): GraphIndex {
  const cached = indexes.get(file);
  if (cached) return cached;
  const incident = new Map<string, NetworkEdge[]>();
  const add = (id: string, e: NetworkEdge) => {
    const list = incident.get(id);
    if (list) list.push(e);
    else incident.set(id, [e]);
  };
  for (const e of file.edges) {
    add(e.source, e);
    add(e.target, e);
  }
  const built = { file, node: new Map(file.nodes.map((n) => [n.id, n])), incident };
  indexes.set(file, built);
  return built;
}

/**
 * The graph for a set of filters. Nodes of the chosen kinds in the region are kept with their
 * direct partners elsewhere (marked `outside`, so a province's alliances still show who they work
 * with). Edges must be of a chosen type and, with a time range, dated inside it. Nodes left
 * without an edge are not drawn: a network says nothing about them (their pages do).
 */
export function filterNetwork(index: GraphIndex, filters: NetworkFilters): NetworkView {
  const { file, node } = index;
  const kinds = new Set(filters.kinds);
  const rels = new Set(filters.rels);
  const range = { from: filters.from, to: filters.to };
  const ranged = hasRange(range);
  const seeds = new Set(
    file.nodes
      .filter((n) => kinds.has(n.kind) && matchesRegion([n.region], filters.region))
      .map((n) => n.id),
  );
  const nodes = new Set<string>();
  const outside = new Set<string>();
  const edges = new Set<string>();
  for (const e of file.edges) {
    const s = node.get(e.source);
    const t = node.get(e.target);
    if (!s || !t || !kinds.has(s.kind) || !kinds.has(t.kind)) continue;
    if (rels.size > 0 && !rels.has(e.type)) continue;
    if (ranged && !(e.date && overlapsRange(e.date, undefined, range))) continue;
    if (!seeds.has(e.source) && !seeds.has(e.target)) continue;
    edges.add(e.id);
    for (const id of [e.source, e.target]) {
      nodes.add(id);
      if (!seeds.has(id)) outside.add(id);
    }
  }
  return { nodes, edges, outside };
}

/** The part of a view within `hops` steps of `focus` (over the view's own edges). */
export function egoNetwork(
  index: GraphIndex,
  view: NetworkView,
  focus: string,
  hops: number,
): NetworkView {
  if (!view.nodes.has(focus)) return { nodes: new Set(), edges: new Set(), outside: new Set() };
  const reached = new Set([focus]);
  let frontier = [focus];
  for (let step = 0; step < hops && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const e of index.incident.get(id) ?? []) {
        if (!view.edges.has(e.id)) continue;
        const other = e.source === id ? e.target : e.source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    frontier = next;
  }
  const edges = new Set(
    index.file.edges
      .filter((e) => view.edges.has(e.id) && reached.has(e.source) && reached.has(e.target))
      .map((e) => e.id),
  );
  return {
    nodes: reached,
    edges,
    outside: new Set([...view.outside].filter((id) => reached.has(id))),
  };
}

/** Neighbours of a node within a view (hover highlight, the side panel). */
export function neighboursIn(index: GraphIndex, view: NetworkView, id: string): Set<string> {
  const out = new Set<string>();
  for (const e of index.incident.get(id) ?? [])
    if (view.edges.has(e.id)) out.add(e.source === id ? e.target : e.source);
  return out;
}

/** The drawn nodes and edges as records, in file order: the list view and every export use it. */
export function viewGraph(index: GraphIndex, view: NetworkView) {
  return {
    nodes: index.file.nodes.filter((n) => view.nodes.has(n.id)),
    edges: index.file.edges.filter((e) => view.edges.has(e.id)),
  };
}
export type ViewGraph = ReturnType<typeof viewGraph>;
