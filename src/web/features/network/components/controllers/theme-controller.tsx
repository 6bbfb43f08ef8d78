import { useEffect } from 'react';
import { networkStylesheet } from '../../network-style';
import { readPalette } from '../../theme-colours';
import { useCy } from '../../use-cy';

/** Restyles the graph when the app switches theme (the `dark` class on <html>). */
export function ThemeController() {
  const cy = useCy();
  useEffect(() => {
    const root = document.documentElement;
    let dark = root.classList.contains('dark');
    const observer = new MutationObserver(() => {
      if (root.classList.contains('dark') === dark) return;
      dark = !dark;
      cy.style(networkStylesheet(readPalette(), cy.nodes().length > 2000));
    });
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, [cy]);
  return null;
}
