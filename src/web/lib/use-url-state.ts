import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { parseUrlState, toSearch, type UrlState } from './url-state';

/**
 * The one owner of the URL params. Reading parses with fallbacks; writing pushes a history entry
 * so back/forward restore the previous view exactly.
 */
export function useUrlState() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();

  // Keyed on the search string so arrays stay referentially stable for memoised derivations.
  const state = useMemo(() => parseUrlState(new URLSearchParams(search)), [search]);

  const update = useCallback(
    (patch: Partial<UrlState>, options?: { replace?: boolean }) => {
      navigate(
        { pathname, search: toSearch({ ...state, ...patch }, new URLSearchParams(search)) },
        { replace: options?.replace ?? false },
      );
    },
    [state, navigate, pathname, search],
  );

  const setRegion = useCallback((region: string[]) => update({ region }), [update]);

  return { ...state, update, setRegion };
}
