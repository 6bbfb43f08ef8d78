import { Link, useLocation } from 'react-router-dom';
import { toSearch, type UiLang } from '../lib/url-state';
import { useT } from '../lib/use-t';
import { useUrlState } from '../lib/use-url-state';

const OPTIONS: { lang: UiLang; label: string; tag: string }[] = [
  { lang: 'zh', label: '中文', tag: 'zh-Hans' },
  { lang: 'en', label: 'English', tag: 'en' },
];

/**
 * The UI language is part of the URL (`?lang=zh`), so a shared link opens in the sender's
 * language. Each option is a link to the same view in that language (it can be opened in a new
 * tab); each names itself in its own language.
 */
export function LanguageSwitch() {
  const state = useUrlState();
  const { pathname, search } = useLocation();
  const { t } = useT();
  return (
    <div
      role="group"
      aria-label={t('shell.language')}
      className="flex shrink-0 rounded-md bg-sunken p-0.5 text-sm"
    >
      {OPTIONS.map(({ lang, label, tag }) => {
        const active = state.lang === lang;
        return (
          <Link
            key={lang}
            to={{ pathname, search: toSearch({ ...state, lang }, new URLSearchParams(search)) }}
            lang={tag}
            hrefLang={tag}
            aria-current={active ? 'true' : undefined}
            className={`rounded px-2.5 py-1 font-medium whitespace-nowrap ${active ? 'bg-surface text-ink shadow-sm' : 'text-muted hover:text-ink'}`}
          >
            {label}
          </Link>
        );
      })}
    </div>
  );
}
