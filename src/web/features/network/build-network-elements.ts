import type { DatasetIndex, EntityKind, EntitySubtype, RelationType } from '../../../domain';
import { matchesRegion } from '../../lib/dataset-lookups';

export type NetworkFilters = { region: readonly string[] };

export type NetworkNodeKind = Extract<EntityKind, 'collaboration' | 'institution'>;
export type NetworkNode = {
  group: 'nodes';
  data: {
    id: string;
    label: string;
    kind: NetworkNodeKind;
    subtype: EntitySubtype;
    degree: number;
    /** A partner from outside the selected region, shown for context. */
    outside: boolean;
  };
  position?: { x: number; y: number };
};
export type NetworkEdge = {
  group: 'edges';
  data: { id: string; source: string; target: string; type: RelationType; articleId: string };
};
export type NetworkElements = { nodes: NetworkNode[]; edges: NetworkEdge[] };

const NODE_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['collaboration', 'institution']);

/**
 * The graph for a filter: collaborations and institutions, joined by relations. Under a region
 * filter, the entities inside the region are kept with their direct partners (marked `outside`),
 * so a province's alliances still show who they work with elsewhere. Pure: tested without a DOM.
 */
export function buildNetworkElements(
  dataset: DatasetIndex,
  filters: NetworkFilters,
): NetworkElements {
  const candidates = new Map(
    dataset.entities.filter((e) => NODE_KINDS.has(e.kind)).map((e) => [e.id, e]),
  );
  const seeds = new Set(
    [...candidates.values()]
      .filter((e) => matchesRegion([e.regionCode], filters.region))
      .map((e) => e.id),
  );
  const edges: NetworkEdge[] = dataset.relations
    .filter((r) => candidates.has(r.source) && candidates.has(r.target) && r.source !== r.target)
    .filter((r) => seeds.has(r.source) || seeds.has(r.target))
    .map((r) => ({
      group: 'edges',
      data: { id: r.id, source: r.source, target: r.target, type: r.type, articleId: r.articleId },
    }));
  const degree = new Map<string, number>();
  for (const { data } of edges) {
    degree.set(data.source, (degree.get(data.source) ?? 0) + 1);
    degree.set(data.target, (degree.get(data.target) ?? 0) + 1);
  }
  const nodes: NetworkNode[] = [...candidates.values()]
    .filter((e) => seeds.has(e.id) || degree.has(e.id))
    .map((e) => ({
      group: 'nodes',
      data: {
        id: e.id,
        label: e.names.original,
        kind: e.kind as NetworkNodeKind,
        subtype: e.subtype,
        degree: degree.get(e.id) ?? 0,
        outside: !seeds.has(e.id),
      },
    }));
  return { nodes, edges };
}

/** `preset` once the dataset carries positions for every node; a force layout until then. */
export function chooseLayoutName(elements: NetworkElements): 'preset' | 'fcose' {
  return elements.nodes.length > 0 && elements.nodes.every((n) => n.position) ? 'preset' : 'fcose';
}
