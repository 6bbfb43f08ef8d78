import { Link } from 'react-router-dom';
import type { Language } from '../../../../domain';
import { PartialDateText } from '../../../components/partial-date-text';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { ResultRow } from '../search-protocol';
import { useSnippet } from '../use-search';
import { SnippetText } from './snippet-text';

type ArticleResultProps = {
  row: ResultRow;
  q: string;
  withSnippet: boolean;
  regionLabel: (code: string) => string;
};

/** An article: title and extract in the article's own script, date, language, regions. */
export function ArticleResult({ row, q, withSnippet, regionLabel }: ArticleResultProps) {
  const paths = usePaths();
  const { t } = useT();
  const snippet = useSnippet(row.id, q, withSnippet);
  const lang = row.language || undefined;
  return (
    <li className="rounded-lg bg-surface px-4 py-3 ring-1 ring-line">
      <Link
        to={paths.article(row.id)}
        lang={lang}
        className="font-medium text-ink hover:text-accent"
      >
        {row.title}
      </Link>
      <div className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
        <PartialDateText date={row.date} showMark={false} />
        {row.language ? <span>{t(`languages.${row.language as Language}`)}</span> : null}
        {row.regionCodes.length > 0 ? (
          <span>{row.regionCodes.slice(0, 3).map(regionLabel).join(' · ')}</span>
        ) : null}
      </div>
      {withSnippet ? (
        <p lang={lang} className="mt-2 line-clamp-3 min-h-[3lh] text-sm text-body">
          {snippet.data ? (
            <SnippetText snippet={snippet.data} />
          ) : snippet.isSuccess || snippet.isError ? (
            <span className="text-faint">{t('search.noSnippet')}</span>
          ) : (
            <span className="text-faint">{t('search.snippetLoading')}</span>
          )}
        </p>
      ) : null}
    </li>
  );
}
