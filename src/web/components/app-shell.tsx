import type { ReactNode } from 'react';
import { SiteHeader } from './site-header';

type AppShellProps = {
  /** The region filter, composed in by the app (components never import features). */
  headerControls: ReactNode;
  children: ReactNode;
};

/** Landmarks, skip link and the page frame shared by every route. */
export function AppShell({ headerControls, children }: AppShellProps) {
  return (
    <div lang="en" className="min-h-screen bg-stone-50 text-slate-800">
      <a
        href="#main"
        className="sr-only rounded-md bg-teal-700 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to content
      </a>
      <SiteHeader controls={headerControls} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl px-4 py-8 outline-none sm:px-6 lg:py-10"
      >
        {children}
      </main>
    </div>
  );
}
