import { useMemo } from 'react';
import { createPaths, type Paths } from './paths';
import { useUrlState } from './use-url-state';

/** `paths` bound to the current URL state: `usePaths().article(id)` keeps `?region=`. */
export function usePaths(): Paths {
  const { region } = useUrlState();
  return useMemo(() => createPaths({ region }), [region]);
}
