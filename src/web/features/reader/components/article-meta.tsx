import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../../../domain';
import { PartialDateText } from '../../../components/partial-date-text';
import { formatTimeOfDay } from '../../../lib/format-date';
import { useT } from '../../../lib/use-t';
import { DateNote } from './date-note';

const term = 'text-xs font-semibold tracking-wide text-faint uppercase';

/** Who published it and when, each with its basis (stated, inferred, curated) and the source. */
export function ArticleMeta({ summary }: { summary: ArticleSummary }) {
  const { t, lang } = useT();
  const { publisher, author, editor, publishedAt, eventDates, language, sourceUrl } = summary;
  const basis = (value: 'stated' | 'inferred' | 'curated') => (
    <span className="text-faint">({t(`basis.${value}`)})</span>
  );
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className={term}>{label}</dt>
      <dd className="min-w-0">{value}</dd>
    </>
  );
  const person = (value: typeof author) =>
    value ? (
      <>
        <span lang={language}>{value.name}</span> {basis(value.basis)}
      </>
    ) : null;
  const time = publishedAt.datetime ? formatTimeOfDay(publishedAt.datetime, lang) : null;
  return (
    <dl className="print-urls mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm text-body">
      {row(
        t('reader.publisher'),
        person(publisher) ?? <span className="text-faint">{t('reader.notGiven')}</span>,
      )}
      {author ? row(t('reader.author'), person(author)) : null}
      {editor ? row(t('reader.editor'), person(editor)) : null}
      {row(
        t('reader.published'),
        publishedAt.value ? (
          <span className="flex flex-wrap items-baseline gap-x-2">
            <PartialDateText date={publishedAt} /> {basis(publishedAt.basis)}
            {time && publishedAt.precision === 'day' ? (
              <span className="text-faint">{time}</span>
            ) : null}
          </span>
        ) : (
          <span className="text-faint">{t('reader.notGiven')}</span>
        ),
      )}
      {eventDates.length > 0
        ? row(
            t('reader.eventDates'),
            <ul className="space-y-1">
              {eventDates.map((date, i) => (
                <li key={i} className="flex flex-wrap items-baseline gap-x-2">
                  <PartialDateText date={date} /> {basis(date.basis)}
                  {date.note ? <DateNote note={date.note} /> : null}
                </li>
              ))}
            </ul>,
          )
        : null}
      {row(t('reader.language'), t(`languages.${language}`))}
      {sourceUrl
        ? row(
            t('reader.source'),
            <a
              href={sourceUrl}
              rel="noopener noreferrer"
              className="break-all text-accent underline"
            >
              {sourceUrl}
            </a>,
          )
        : row(t('reader.source'), <span className="text-faint">{t('reader.noSource')}</span>)}
    </dl>
  );
}
