import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { parseUrlState, toSearch, type UrlState } from './url-state';

/**
 * The one owner of the shared URL params. Reading parses with fallbacks; writing pushes a history
 * entry so back/forward restore the previous filter.
 */
export function useUrlState() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const search = searchParams.toString();

  // Keyed on the search string so the arrays stay referentially stable for memoised derivations.
  const state = useMemo(() => parseUrlState(new URLSearchParams(search)), [search]);

  const update = useCallback(
    (patch: Partial<UrlState>) => {
      const next = { ...state, ...patch };
      navigate({
        pathname: location.pathname,
        search: toSearch(next, new URLSearchParams(search)),
      });
    },
    [state, navigate, location.pathname, search],
  );

  const setRegion = useCallback((region: string[]) => update({ region }), [update]);

  return { ...state, setRegion };
}
