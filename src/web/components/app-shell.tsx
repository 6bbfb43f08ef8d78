import { useCallback, useState, type ReactNode } from 'react';
import { requestRegionSearch, requestSearchFocus, useShortcuts } from '../lib/use-shortcuts';
import { useT } from '../lib/use-t';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SiteHeader } from './site-header';

type AppShellProps = {
  /** The region filter, composed in by the app (components never import features). */
  regionFilter: ReactNode;
  /** The header search box, composed in by the app like the region filter. */
  search?: ReactNode;
  children: ReactNode;
};

/** Landmarks, skip link, header, shortcuts and the page frame shared by every route. */
export function AppShell({ regionFilter, search, children }: AppShellProps) {
  const { t, locale } = useT();
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useShortcuts({ '?': openHelp, '/': requestSearchFocus, r: requestRegionSearch });

  return (
    <div lang={locale} className="min-h-screen bg-canvas text-body">
      <a
        href="#main"
        className="sr-only rounded-md bg-button px-4 py-2 text-white focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50"
      >
        {t('shell.skip')}
      </a>
      <SiteHeader regionFilter={regionFilter} search={search} onHelp={openHelp} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl px-4 py-8 outline-none sm:px-6 lg:py-10 print:max-w-none print:p-0"
      >
        {children}
      </main>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
