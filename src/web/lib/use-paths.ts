import { useMemo } from 'react';
import { createPaths, type Paths } from './paths';
import { useUrlState } from './use-url-state';

/** `paths` bound to the current URL state: `usePaths().article(id)` keeps `?region=` and `?lang=`. */
export function usePaths(): Paths {
  const { region, lang } = useUrlState();
  return useMemo(() => createPaths({ region, lang }), [region, lang]);
}
