import type { ArticleSummary } from '../../../../domain';
import { PartialDateText } from '../../../components/partial-date-text';
import { BASIS_LABELS, LANGUAGE_LABELS } from '../../../lib/labels';

const term = 'text-xs font-semibold tracking-wide text-slate-500 uppercase';

export function ArticleMeta({ summary }: { summary: ArticleSummary }) {
  const { publisher, author, publishedAt, language, sourceUrl } = summary;
  return (
    <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm text-slate-700">
      <dt className={term}>Publisher</dt>
      <dd>
        {publisher ? (
          <>
            <span lang={language}>{publisher.name}</span>{' '}
            <span className="text-slate-500">({BASIS_LABELS[publisher.basis]})</span>
          </>
        ) : (
          <span className="text-slate-500">Not given</span>
        )}
      </dd>
      {author ? (
        <>
          <dt className={term}>Author</dt>
          <dd>
            <span lang={language}>{author.name}</span>{' '}
            <span className="text-slate-500">({BASIS_LABELS[author.basis]})</span>
          </dd>
        </>
      ) : null}
      <dt className={term}>Published</dt>
      <dd>
        {publishedAt.value ? (
          <>
            <PartialDateText date={publishedAt} language={language} />{' '}
            <span className="text-slate-500">({BASIS_LABELS[publishedAt.basis]})</span>
          </>
        ) : (
          <span className="text-slate-500">Not given</span>
        )}
      </dd>
      <dt className={term}>Language</dt>
      <dd>{LANGUAGE_LABELS[language]}</dd>
      {sourceUrl ? (
        <>
          <dt className={term}>Source</dt>
          <dd className="min-w-0 break-all">
            <a
              href={sourceUrl}
              rel="noopener noreferrer"
              className="text-teal-800 underline hover:text-teal-950"
            >
              {sourceUrl}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
