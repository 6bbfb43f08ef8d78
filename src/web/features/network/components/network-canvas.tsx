import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useCallback, useState, type ReactNode } from 'react';
import type { NetworkFile } from '../../../../domain';
import { toElements } from '../network-elements';
import { networkStylesheet } from '../network-style';
import { readPalette } from '../theme-colours';
import { CyContext } from '../use-cy';

cytoscape.use(fcose);

/** Browser re-layout stays interactive up to this many visible nodes. */
export const RELAYOUT_LIMIT = 300;

/**
 * fcose on the visible nodes, starting from where they are (randomize: false; fcose's `draft`
 * needs a random start, so this is its default quality with few iterations: well under a second
 * at 300 nodes). Only ever called from the canvas toolbar.
 */
export function relayoutVisible(cy: Core): boolean {
  const visible = cy.elements(':visible');
  if (visible.nodes().length === 0 || visible.nodes().length > RELAYOUT_LIMIT) return false;
  visible
    .layout({
      name: 'fcose',
      quality: 'default',
      randomize: false,
      animate: false,
      fit: true,
      padding: 30,
      numIter: 600,
      nodeDimensionsIncludeLabels: true,
      nodeSeparation: 90,
      idealEdgeLength: () => 110,
    } as unknown as LayoutOptions)
    .run();
  return true;
}

type NetworkCanvasProps = {
  file: NetworkFile;
  /** Accessible description of the canvas, in the UI language. */
  label: string;
  /** Controllers: components that connect URL state and events to the instance (use-cy.ts). */
  children?: ReactNode;
};

/**
 * The ONLY owner of the Cytoscape instance: created when the container mounts with a file,
 * destroyed when it unmounts or the file changes. Elements are added once with their build-time
 * positions (`preset`); filters, focus, hover and theme are controllers among `children`.
 */
export function NetworkCanvas({ file, label, children }: NetworkCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null);
  const container = useCallback(
    (node: HTMLDivElement | null) => {
      if (!node) return;
      const big = file.nodes.length > 2000;
      const instance = cytoscape({
        container: node,
        elements: toElements(file),
        style: networkStylesheet(readPalette(), big),
        layout: { name: 'preset', fit: true, padding: 30 },
        minZoom: 0.02,
        maxZoom: 4,
        // Large graphs: draw a snapshot while panning and drop edges then, as Gephi Lite does.
        textureOnViewport: big,
        hideEdgesOnViewport: big,
        pixelRatio: big ? 1 : 'auto',
        boxSelectionEnabled: false,
        autoungrabify: big,
      });
      setCy(instance);
      return () => {
        setCy(null);
        instance.destroy();
      };
    },
    [file],
  );
  return (
    <div className="relative h-[calc(100vh-10rem)] min-h-[28rem] w-full overflow-hidden rounded-xl bg-surface ring-1 ring-line print:hidden">
      <div ref={container} role="img" aria-label={label} className="h-full w-full" />
      {cy ? <CyContext.Provider value={cy}>{children}</CyContext.Provider> : null}
    </div>
  );
}
