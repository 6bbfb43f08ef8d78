import type { UiLang } from './url-state';

const LOCALES: Record<UiLang, string> = { en: 'en', zh: 'zh-Hans' };

/** BCP 47 tag of a UI language, for the `lang` attribute and Intl formatters. */
export const localeOf = (lang: UiLang) => LOCALES[lang];
