import { Link } from 'react-router-dom';
import { usePaths } from '../lib/use-paths';

type NotFoundProps = { title?: string; detail?: string };

export function NotFound({
  title = 'Page not found',
  detail = 'There is nothing at this address.',
}: NotFoundProps) {
  const paths = usePaths();
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-16 text-center">
      <title>{`${title} · Alliance Atlas`}</title>
      <p className="text-sm font-semibold tracking-wide text-teal-700 uppercase">404</p>
      <h1 id="not-found-title" className="mt-2 text-2xl font-semibold text-slate-900">
        {title}
      </h1>
      <p className="mt-3 text-slate-600">{detail}</p>
      <Link
        to={paths.timeline()}
        className="mt-8 inline-block rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800"
      >
        Back to the timeline
      </Link>
    </section>
  );
}
