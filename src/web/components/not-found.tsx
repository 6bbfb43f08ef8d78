import { Link } from 'react-router-dom';
import { usePaths } from '../lib/use-paths';
import { useT } from '../lib/use-t';

type NotFoundProps = { title?: string; detail?: string };

export function NotFound({ title, detail }: NotFoundProps) {
  const paths = usePaths();
  const { t } = useT();
  const heading = title ?? t('notFound.title');
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-16 text-center">
      <title>{`${heading} · Alliance Atlas`}</title>
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">404</p>
      <h1 id="not-found-title" className="mt-2 text-2xl font-semibold text-ink">
        {heading}
      </h1>
      <p className="mt-3 text-muted">{detail ?? t('notFound.detail')}</p>
      <Link
        to={paths.timeline()}
        className="mt-8 inline-block rounded-md bg-button px-4 py-2 font-medium text-white hover:bg-button-hover"
      >
        {t('notFound.back')}
      </Link>
    </section>
  );
}
