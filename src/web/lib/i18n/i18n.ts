import i18next from 'i18next';
import { en } from './en';
import type { enViews } from './en-views';
import { zh } from './zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en & typeof enViews };
    returnNull: false;
  }
}

/**
 * One i18next instance, initialised synchronously with the strings the shell and the timeline
 * need in both languages (the other views add theirs when their chunk loads: see views.ts), so
 * the first render is already in the URL's language. Components never change the instance's
 * language: `useT` takes a `t` fixed to the `lang` URL param, so no two views can disagree.
 */
export const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
