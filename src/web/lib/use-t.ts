import { useMemo } from 'react';
import { i18n } from './i18n/i18n';
import { localeOf } from './locale';
import { useUrlState } from './use-url-state';

/** `t` fixed to the UI language in the URL (`?lang=zh|en`), plus the locale tag for Intl. */
export function useT() {
  const { lang } = useUrlState();
  return useMemo(() => ({ t: i18n.getFixedT(lang), lang, locale: localeOf(lang) }), [lang]);
}

export type T = ReturnType<typeof useT>['t'];
