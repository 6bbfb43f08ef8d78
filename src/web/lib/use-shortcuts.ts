import { useEffect, useRef } from 'react';

export type ShortcutHandlers = Partial<Record<'?' | '/' | 'r', () => void>>;

/** True when a key press belongs to a text field or other widget that handles keys itself. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.matches('input, textarea, select, [role="textbox"], [role="combobox"]');
}

/**
 * Single-key shortcuts for the whole app (`?` help, `/` search, `r` region filter). Ignored while typing or with a
 * modifier other than Shift, so they never steal a character or a browser shortcut.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  }, [handlers]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const handler = ref.current[event.key as keyof ShortcutHandlers];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Asks the region filter to open and focus its text box (the `r` shortcut). */
export const FOCUS_REGION_SEARCH = 'alliance-atlas:focus-region-search';
export const requestRegionSearch = () => window.dispatchEvent(new Event(FOCUS_REGION_SEARCH));

/** Asks the header search box to take focus (the `/` shortcut). */
export const FOCUS_SEARCH = 'alliance-atlas:focus-search';
export const requestSearchFocus = () => window.dispatchEvent(new Event(FOCUS_SEARCH));
