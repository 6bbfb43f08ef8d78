import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { toSearch } from '../../lib/url-state';
import { useUrlState } from '../../lib/use-url-state';
import { parseNetworkParams, withNetworkParams, type NetworkParams } from './network-params';

/**
 * The network params next to the app's (region, from, to): reading parses with fallbacks, writing
 * pushes a history entry, so back and forward restore the view.
 */
export function useNetworkParams() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const shared = useUrlState();
  const params = useMemo(() => parseNetworkParams(new URLSearchParams(search)), [search]);
  const setParams = useCallback(
    (patch: Partial<NetworkParams>) => {
      const next = withNetworkParams(new URLSearchParams(search), { ...params, ...patch });
      navigate({ search: toSearch(shared, next) });
    },
    [search, params, navigate, shared],
  );
  return {
    ...params,
    region: shared.region,
    from: shared.from,
    to: shared.to,
    setParams,
    setShared: shared.update,
  };
}
