import { Link } from 'react-router-dom';
import type { DatasetIndex } from '../../../../domain';
import { lookups, regionName } from '../../../lib/dataset-lookups';
import { createPaths } from '../../../lib/paths';
import { useT } from '../../../lib/use-t';

/** The regions the article is about; each opens the timeline filtered to that region. */
export function ArticleRegions({ codes, dataset }: { codes: string[]; dataset: DatasetIndex }) {
  const { t, lang } = useT();
  const find = lookups(dataset);
  return (
    <section aria-labelledby="article-regions">
      <h2 id="article-regions" className="text-base font-semibold text-ink">
        {t('reader.regions')}
      </h2>
      {codes.length === 0 ? (
        <p className="mt-2 text-sm text-faint">{t('reader.noRegions')}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {codes.map((code) => (
            <li key={code}>
              <Link
                to={createPaths({ region: [code], lang }).timeline()}
                title={t('reader.regionTimeline')}
                className="inline-block rounded-full bg-sunken px-2.5 py-0.5 text-sm text-body ring-1 ring-line hover:ring-accent"
              >
                {regionName(find.region(code), lang)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
