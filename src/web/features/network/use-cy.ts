import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';

/** The instance network-canvas.tsx owns, for the controllers rendered inside it. */
export const CyContext = createContext<Core | null>(null);

export function useCy(): Core {
  const cy = useContext(CyContext);
  if (!cy) throw new Error('useCy outside <NetworkCanvas>');
  return cy;
}
