import { useEffect, useRef } from 'react';
import type { NetworkView } from '../../network-model';
import { useCy } from '../../use-cy';

/**
 * Applies a view to the instance: `hidden` on what the filters leave out, `outside` on context
 * partners, all in one batch, touching only elements whose state changes. Then fits the drawing
 * to what is visible.
 */
export function ViewController({ view }: { view: NetworkView }) {
  const cy = useCy();
  const previous = useRef<NetworkView | null>(null);
  useEffect(() => {
    const before = previous.current;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const id = n.id();
        const shown = view.nodes.has(id);
        if (!before || before.nodes.has(id) !== shown) n.toggleClass('hidden', !shown);
        const out = view.outside.has(id);
        if (!before || before.outside.has(id) !== out) n.toggleClass('outside', out);
      });
      cy.edges().forEach((e) => {
        const id = e.id();
        const shown = view.edges.has(id);
        if (!before || before.edges.has(id) !== shown) e.toggleClass('hidden', !shown);
      });
    });
    previous.current = view;
    const visible = cy.nodes().filter((n) => view.nodes.has(n.id()));
    if (visible.length > 0) cy.fit(visible, 30);
  }, [cy, view]);
  return null;
}
