import type { ElementDefinition } from 'cytoscape';
import type { NetworkFile } from '../../../domain';
import { isHanName, nodeSize, shortLabel } from '../../../domain/network-geometry';

/**
 * Cytoscape elements for the whole file, positioned by the build (`preset` layout). Filters never
 * rebuild them: they toggle classes on these in one batch (see view-controller.tsx).
 */
export function toElements(file: NetworkFile): ElementDefinition[] {
  return [
    ...file.nodes.map((n): ElementDefinition => ({
      group: 'nodes',
      data: {
        id: n.id,
        label: shortLabel(n.label),
        name: n.label,
        kind: n.kind,
        subtype: n.subtype,
        degree: n.degree,
        size: nodeSize(n.degree),
      },
      position: { x: n.x, y: n.y },
      classes: isHanName(n.label) ? 'han' : 'latin',
    })),
    ...file.edges.map((e): ElementDefinition => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type },
    })),
  ];
}
