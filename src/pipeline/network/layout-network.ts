import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { labelBox, shortLabel } from '../../domain/network-geometry';
import type { NetworkGraph, UnplacedNode } from './build-network-graph';
import { withSeededRandom } from './seeded-random';

cytoscape.use(fcose);

export type Positions = Map<string, { x: number; y: number }>;
export const LAYOUT_SEED = 20_240_601;
/** Above this many nodes fcose's force refinement takes minutes; its spectral draft takes seconds. */
export const REFINE_LIMIT = 800;

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Positions for collaborations and institutions by fcose, run headless in Node. fcose reads
 * Math.random only in its spectral start; that is seeded, elements go in in id order, and
 * positions are rounded to 0.1 px, so the same graph gives the same bytes on every build.
 * Each node is as big as the label it will carry (see network-geometry), so labels do not overlap.
 */
export function layoutCore(graph: NetworkGraph, seed = LAYOUT_SEED): Positions {
  const positions: Positions = new Map();
  if (graph.nodes.length === 0) return positions;
  const ids = new Set(graph.nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id, ...box(n) } })),
      ...graph.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  const refine = graph.nodes.length <= REFINE_LIMIT;
  const options = {
    name: 'fcose',
    quality: refine ? 'proof' : 'draft',
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 6500,
    idealEdgeLength: () => 70,
    edgeElasticity: () => 0.35,
    nodeSeparation: 40,
    gravity: 0.4,
    gravityRange: 3.2,
    tilingPaddingVertical: 16,
    tilingPaddingHorizontal: 16,
    numIter: 2500,
  } as unknown as LayoutOptions;
  withSeededRandom(seed, () => cy.layout(options).run());
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions.set(n.id(), { x: round(p.x), y: round(p.y) });
  });
  cy.destroy();
  return positions;
}

function box(n: UnplacedNode) {
  const { width, height } = labelBox(shortLabel(n.label), n.degree);
  return { w: Math.round(width), h: Math.round(height) };
}

/**
 * People go around the first organisation they are linked to (a ring per organisation), so the
 * optional people layer never moves the alliances and institutions a report shows. People with
 * no placed neighbour line up under the graph.
 */
export function placeSatellites(
  graph: NetworkGraph,
  placed: Positions,
  isSatellite: (n: UnplacedNode) => boolean,
): Positions {
  const out: Positions = new Map(placed);
  const anchorOf = new Map<string, string>();
  for (const e of graph.edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const)
      if (!anchorOf.has(a) && placed.has(b) && !placed.has(a)) anchorOf.set(a, b);
  }
  const ring = new Map<string, number>();
  const ys = [...placed.values()].map((p) => p.y);
  const xs = [...placed.values()].map((p) => p.x);
  let loose = 0;
  const bottom = (ys.length ? Math.max(...ys) : 0) + 160;
  const left = xs.length ? Math.min(...xs) : 0;
  for (const n of graph.nodes) {
    if (!isSatellite(n) || out.has(n.id)) continue;
    const anchor = anchorOf.get(n.id);
    const at = anchor ? placed.get(anchor) : undefined;
    if (!anchor || !at) {
      out.set(n.id, {
        x: round(left + (loose % 12) * 120),
        y: round(bottom + Math.floor(loose / 12) * 60),
      });
      loose += 1;
      continue;
    }
    const k = ring.get(anchor) ?? 0;
    ring.set(anchor, k + 1);
    const angle = (k * 2.399963) % (2 * Math.PI); // golden angle: no two on one ray
    const radius = 70 + 22 * Math.floor(k / 6);
    out.set(n.id, {
      x: round(at.x + radius * Math.cos(angle)),
      y: round(at.y + radius * Math.sin(angle)),
    });
  }
  return out;
}
