import { enViews } from './en-views';
import { i18n } from './i18n';
import { zhViews } from './zh-views';

let registered = false;

/**
 * Adds the strings of the non-timeline views to i18next. Each of those route modules calls this
 * at load time, so the strings arrive with the first view that needs them, never in the entry.
 */
export function registerViewStrings(): void {
  if (registered) return;
  i18n.addResourceBundle('en', 'translation', enViews, true, false);
  i18n.addResourceBundle('zh', 'translation', zhViews, true, false);
  registered = true;
}
