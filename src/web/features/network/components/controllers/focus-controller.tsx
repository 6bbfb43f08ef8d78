import { useEffect } from 'react';
import { useCy } from '../../use-cy';

/** Marks the focused node and its relations, and brings it into view. */
export function FocusController({ focus }: { focus: string | null }) {
  const cy = useCy();
  useEffect(() => {
    if (!focus) return;
    const node = cy.getElementById(focus);
    if (node.empty()) return;
    const edges = node.connectedEdges();
    cy.batch(() => {
      node.addClass('focus');
      edges.addClass('lit');
    });
    if (node.visible()) {
      if (cy.zoom() < 0.8) cy.zoom({ level: 0.8, position: node.position() });
      cy.center(node);
    }
    return () => {
      cy.batch(() => {
        node.removeClass('focus');
        edges.removeClass('lit');
      });
    };
  }, [cy, focus]);
  return null;
}
