import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const positions = new Map<string, number>();
/** How long a restore waits for a lazy route or list to grow tall enough. */
const RESTORE_WAIT_MS = 3000;

/**
 * Back/forward return to where the reader was; a link to another page starts at the top; a
 * filter change on the same page keeps the scroll position. Restoring waits until the page is
 * tall enough, since a lazy route or list may still be drawing.
 *
 * Scroll positions are recorded against the location that is active when the scroll event
 * arrives. The active key moves in a layout effect, i.e. at commit and before the browser
 * dispatches the scroll events that the navigation itself causes, so those never overwrite the
 * position saved for the page being left.
 */
export function useScrollRestoration(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const previousPath = useRef(location.pathname);
  const activeKey = useRef(location.key);

  useEffect(() => {
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    const save = () => {
      positions.set(activeKey.current, window.scrollY);
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, []);

  useLayoutEffect(() => {
    const leaving = activeKey.current;
    if (leaving !== location.key && !positions.has(leaving)) positions.set(leaving, window.scrollY);
    activeKey.current = location.key;
    const samePage = previousPath.current === location.pathname;
    previousPath.current = location.pathname;
    if (navigationType !== 'POP') {
      if (!samePage && !location.hash) window.scrollTo(0, 0);
      return;
    }
    const target = positions.get(location.key);
    if (target === undefined) return;
    const started = performance.now();
    let handle = 0;
    const attempt = () => {
      const reachable = document.documentElement.scrollHeight - window.innerHeight >= target;
      if (reachable || performance.now() - started > RESTORE_WAIT_MS) window.scrollTo(0, target);
      else handle = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(handle);
  }, [location.key, location.pathname, location.hash, navigationType]);
}
