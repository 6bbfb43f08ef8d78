import type { ReactNode } from 'react';

type PageHeaderProps = { title: string; description?: ReactNode; children?: ReactNode };

/** Route title block; also sets the document title (React 19 hoists <title> into <head>). */
export function PageHeader({ title, description, children }: PageHeaderProps) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <title>{`${title} · Alliance Atlas`}</title>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{title}</h1>
        {description ? <p className="mt-2 max-w-2xl text-muted">{description}</p> : null}
      </div>
      {children}
    </div>
  );
}
