import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const positions = new Map<string, number>();
const MAX_FRAMES = 30;

/**
 * Back/forward return to where the reader was; a link to another page starts at the top; a
 * filter change on the same page keeps the scroll position. Restoring waits (a few frames) until
 * the page is tall enough, since a lazy route or list may still be drawing.
 */
export function useScrollRestoration(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const previousPath = useRef(location.pathname);

  useEffect(() => {
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    const key = location.key;
    const save = () => {
      positions.set(key, window.scrollY);
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, [location.key]);

  useLayoutEffect(() => {
    const samePage = previousPath.current === location.pathname;
    previousPath.current = location.pathname;
    if (navigationType !== 'POP') {
      if (!samePage && !location.hash) window.scrollTo(0, 0);
      return;
    }
    const target = positions.get(location.key);
    if (target === undefined) return;
    let frames = 0;
    let handle = 0;
    const attempt = () => {
      const reachable = document.documentElement.scrollHeight - window.innerHeight >= target;
      if (reachable || frames++ > MAX_FRAMES) window.scrollTo(0, target);
      else handle = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(handle);
  }, [location.key, location.pathname, location.hash, navigationType]);
}
