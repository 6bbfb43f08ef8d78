import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { usePaths } from '../lib/use-paths';
import { useT } from '../lib/use-t';
import { CopyLinkButton } from './copy-link-button';
import { Icon } from './icon';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { ThemeSwitch } from './theme-switch';

type SiteHeaderProps = { regionFilter: ReactNode; search?: ReactNode; onHelp: () => void };

/**
 * Two fixed-height rows (see --header-h): where you are (brand, navigation) and how you look at
 * it (region filter, language, theme, sharing, help). Hidden when printing.
 */
export function SiteHeader({ regionFilter, search, onHelp }: SiteHeaderProps) {
  const paths = usePaths();
  const { t } = useT();
  return (
    <header className="sticky top-0 z-40 border-b border-line bg-surface/95 backdrop-blur print:hidden">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4 sm:px-6">
        <Link
          to={paths.timeline()}
          className="shrink-0 rounded-md text-lg font-semibold tracking-tight whitespace-nowrap text-ink"
        >
          <span lang="en">Alliance Atlas</span>{' '}
          <span lang="zh-Hans" className="font-normal text-accent">
            联盟图谱
          </span>
        </Link>
        <MainNav />
        {search ? <div className="ml-auto w-44 shrink-0 sm:w-64">{search}</div> : null}
      </div>
      <div className="mx-auto flex h-12 max-w-6xl items-center gap-3 px-4 sm:px-6">
        <div className="min-w-0 flex-1">{regionFilter}</div>
        <LanguageSwitch />
        <ThemeSwitch />
        <CopyLinkButton />
        <button
          type="button"
          onClick={onHelp}
          aria-keyshortcuts="Shift+Slash"
          title={t('shell.shortcuts')}
          className="rounded-md p-2 text-muted hover:bg-sunken hover:text-ink"
        >
          <Icon name="keyboard" />
          <span className="sr-only">{t('shell.shortcuts')}</span>
        </button>
      </div>
    </header>
  );
}
