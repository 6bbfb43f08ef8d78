import { useCallback, useEffect, useState } from 'react';
import {
  applyTheme,
  onSystemThemeChange,
  readThemePref,
  writeThemePref,
  type ThemePref,
} from './theme';

/** The theme preference, persisted and applied to <html>; follows the OS while on "system". */
export function useTheme() {
  const [pref, setPref] = useState<ThemePref>(readThemePref);

  useEffect(() => {
    applyTheme(pref);
    if (pref !== 'system') return;
    return onSystemThemeChange(() => applyTheme('system'));
  }, [pref]);

  const choose = useCallback((next: ThemePref) => {
    writeThemePref(next);
    setPref(next);
  }, []);

  return { pref, choose };
}
