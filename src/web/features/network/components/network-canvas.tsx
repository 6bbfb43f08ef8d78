import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { chooseLayoutName, type NetworkElements } from '../build-network-elements';
import { networkStylesheet } from '../network-style';

// Registering twice throws a warning in Cytoscape; modules evaluate once per page, so this is safe.
cytoscape.use(fcose);

type NetworkCanvasProps = {
  elements: NetworkElements;
  /** Accessible description of the canvas, in the UI language. */
  label: string;
  /** Called when a node is tapped; keyboard users get the same links in the table alternative. */
  onOpenNode: (id: string) => void;
};

/**
 * The ONLY owner of the Cytoscape instance: created in an effect, destroyed on unmount or when the
 * elements change. Everything else talks to it through props.
 */
export function NetworkCanvas({ elements, label, onOpenNode }: NetworkCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const onOpenRef = useRef(onOpenNode);

  useEffect(() => {
    onOpenRef.current = onOpenNode;
  }, [onOpenNode]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const layoutName = chooseLayoutName(elements);
    const layout = (
      layoutName === 'preset'
        ? { name: 'preset', fit: true, padding: 40 }
        : {
            name: 'fcose',
            quality: 'default',
            randomize: true,
            animate: false,
            fit: true,
            padding: 40,
            nodeSeparation: 75,
            idealEdgeLength: 80,
            // Long CJK names would otherwise overlap their neighbours.
            nodeDimensionsIncludeLabels: true,
          }
    ) as LayoutOptions;
    const cy: Core = cytoscape({
      container,
      elements: [...elements.nodes, ...elements.edges],
      style: networkStylesheet,
      layout,
      minZoom: 0.2,
      maxZoom: 3,
    });
    cy.on('tap', 'node', (event) => onOpenRef.current(event.target.id()));
    return () => cy.destroy();
  }, [elements]);

  return (
    <div
      ref={containerRef}
      role="img"
      aria-label={label}
      className="h-[calc(100vh-var(--header-h)-12rem)] min-h-96 w-full rounded-xl bg-white ring-1 ring-line"
    />
  );
}
