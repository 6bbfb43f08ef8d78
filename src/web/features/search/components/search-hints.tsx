import { Link } from 'react-router-dom';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { ResultRow } from '../search-protocol';
import { scriptOf } from '../script-of';

const EXAMPLES = ['联盟', '陝西', '医院', 'Chengdu'];

type SearchHintsProps =
  | { mode: 'empty'; alliances: ResultRow[] }
  | {
      mode: 'none';
      query: string;
      alliances: ResultRow[];
      filtered: boolean;
      regionFiltered: boolean;
      onClearFacets: () => void;
    };

/** What to do next: examples on an empty page; ways out of a search that found nothing. */
export function SearchHints(props: SearchHintsProps) {
  const { t } = useT();
  const paths = usePaths();
  const alliances = (
    <ul className="mt-2 flex flex-wrap gap-2">
      {props.alliances.map((e) => (
        <li key={e.id}>
          <Link
            to={paths.entity(e.id)}
            lang={scriptOf(e.title)}
            className="inline-block rounded-full bg-surface px-3 py-1 text-sm text-body ring-1 ring-line hover:ring-accent"
          >
            {e.title}
          </Link>
        </li>
      ))}
    </ul>
  );
  if (props.mode === 'empty')
    return (
      <section className="rounded-xl bg-surface p-6 ring-1 ring-line">
        <h2 className="text-lg font-semibold text-ink">{t('search.empty.title')}</h2>
        <p className="mt-2 text-muted">{t('search.empty.hint')}</p>
        <p className="mt-4 text-sm font-medium text-muted">{t('search.empty.examples')}</p>
        <ul className="mt-2 flex flex-wrap gap-2">
          {EXAMPLES.map((q) => (
            <li key={q}>
              <Link
                to={paths.search({ q })}
                lang={scriptOf(q)}
                className="inline-block rounded-full bg-accent-soft px-3 py-1 text-sm text-accent hover:underline"
              >
                {q}
              </Link>
            </li>
          ))}
        </ul>
        {props.alliances.length > 0 ? (
          <>
            <p className="mt-5 text-sm font-medium text-muted">{t('search.empty.top')}</p>
            {alliances}
          </>
        ) : null}
      </section>
    );
  return (
    <section className="rounded-xl bg-surface p-6 ring-1 ring-line">
      <h2 className="text-lg font-semibold text-ink">
        {t('search.none.title', { query: props.query })}
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-muted">
        <li>{t('search.none.fewer')}</li>
        <li>{t('search.none.script')}</li>
        {props.regionFiltered ? <li>{t('search.none.region')}</li> : null}
      </ul>
      {props.filtered ? (
        <button
          type="button"
          onClick={props.onClearFacets}
          className="mt-4 rounded-md bg-button px-4 py-2 text-sm font-medium text-white hover:bg-button-hover"
        >
          {t('search.none.filters')}
        </button>
      ) : null}
      {props.alliances.length > 0 ? (
        <>
          <p className="mt-5 text-sm font-medium text-muted">{t('search.none.top')}</p>
          {alliances}
        </>
      ) : null}
    </section>
  );
}
