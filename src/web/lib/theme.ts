/**
 * Light / dark / system theme. The choice is a personal preference, not part of a shared view, so
 * it lives in localStorage rather than the URL. `public/theme-init.js` applies the same rule
 * before the first paint (CSP forbids inline scripts); keep the two in step.
 */
export type ThemePref = 'light' | 'dark' | 'system';
export const THEME_PREFS: ThemePref[] = ['light', 'dark', 'system'];
export const THEME_STORAGE_KEY = 'alliance-atlas:theme';

const isPref = (value: unknown): value is ThemePref =>
  value === 'light' || value === 'dark' || value === 'system';

export function readThemePref(): ThemePref {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isPref(stored) ? stored : 'system';
  } catch {
    // Storage can be disabled (privacy mode); the system preference is the honest default.
    return 'system';
  }
}

export function writeThemePref(pref: ThemePref): void {
  try {
    if (pref === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, pref);
  } catch {
    /* not persisted; the choice still applies to this page */
  }
}

const systemQuery = () =>
  typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : null;

export function resolveTheme(pref: ThemePref): 'light' | 'dark' {
  if (pref !== 'system') return pref;
  return systemQuery()?.matches ? 'dark' : 'light';
}

/** Sets the `dark` class and `color-scheme` on <html> (form controls and scrollbars follow). */
export function applyTheme(pref: ThemePref): void {
  const resolved = resolveTheme(pref);
  const root = document.documentElement;
  root.classList.toggle('dark', resolved === 'dark');
  root.style.colorScheme = resolved;
}

/** Calls back when the OS switches between light and dark; returns an unsubscribe. */
export function onSystemThemeChange(callback: () => void): () => void {
  const query = systemQuery();
  if (!query) return () => {};
  query.addEventListener('change', callback);
  return () => query.removeEventListener('change', callback);
}
