import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { usePaths } from '../lib/use-paths';
import { MainNav } from './main-nav';

/** Fixed-height header (see --header-h in styles.css) so pages can size canvases against it. */
export function SiteHeader({ controls }: { controls: ReactNode }) {
  const paths = usePaths();
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex min-h-[var(--header-h)] max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-2 sm:px-6">
        <Link
          to={paths.timeline()}
          className="rounded-md text-lg font-semibold tracking-tight text-slate-900"
        >
          Alliance Atlas{' '}
          <span lang="zh-Hans" className="font-normal text-teal-700">
            联盟图谱
          </span>
        </Link>
        <MainNav />
        <div className="ml-auto">{controls}</div>
      </div>
    </header>
  );
}
