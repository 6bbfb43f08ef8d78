import type { EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useCy } from '../../use-cy';

/** Above this many elements, fading the rest on hover costs more than it shows. */
const FADE_LIMIT = 4000;

/**
 * Hover lights a node, its neighbours and their edges (classes, in one batch) and shows the full
 * name in a tooltip; a tap selects the node (`onSelect`, which writes `?focus=`).
 */
export function PointerController({ onSelect }: { onSelect: (id: string) => void }) {
  const cy = useCy();
  const select = useRef(onSelect);
  const [tip, setTip] = useState<{ name: string; x: number; y: number } | null>(null);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);
  useEffect(() => {
    const fade = cy.elements().length <= FADE_LIMIT;
    const over = (event: EventObject) => {
      const node = event.target as NodeSingular;
      const hood = node.closedNeighborhood();
      cy.batch(() => {
        if (fade) cy.elements().not(hood).addClass('faded');
        node.addClass('hovered');
        hood.nodes().not(node).addClass('neighbour');
        node.connectedEdges().addClass('lit');
      });
      const at = node.renderedPosition();
      setTip({ name: String(node.data('name')), x: at.x, y: at.y - node.renderedHeight() / 2 });
    };
    const out = () => {
      cy.batch(() => {
        cy.elements('.faded').removeClass('faded');
        cy.elements('.hovered, .neighbour').removeClass('hovered neighbour');
        cy.edges('.lit').not(cy.nodes('.focus').connectedEdges()).removeClass('lit');
      });
      setTip(null);
    };
    const tap = (event: EventObject) => select.current((event.target as NodeSingular).id());
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    cy.on('viewport', out);
    cy.on('tap', 'node', tap);
    return () => {
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
      cy.off('viewport', out);
      cy.off('tap', 'node', tap);
    };
  }, [cy]);
  if (!tip) return null;
  return (
    <div
      aria-hidden="true"
      data-testid="network-tooltip"
      className="pointer-events-none absolute z-10 max-w-xs -translate-x-1/2 -translate-y-full rounded-md bg-ink px-2 py-1 text-sm text-canvas shadow-lg"
      style={{ left: tip.x, top: tip.y - 6 }}
    >
      {tip.name}
    </div>
  );
}
