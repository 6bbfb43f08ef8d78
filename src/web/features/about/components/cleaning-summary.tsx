import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleSummary, Manifest } from '../../../../domain';
import { articleQueryOptions } from '../../../lib/api/get-article';
import { summaryShardOptions } from '../../../lib/api/get-shards';
import { summariseRemovals } from '../../../lib/summarise-removals';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';

const PAGE = 25;

/** The summary shards that hold the first `shown` articles (shards are in date order). */
function shardsFor(manifest: Manifest, shown: number): number[] {
  const needed: number[] = [];
  let covered = 0;
  for (const [k, info] of manifest.shards.summaries.entries()) {
    if (covered >= shown) break;
    needed.push(k);
    covered += info.count;
  }
  return needed;
}

/** The articles of the loaded shards, in order, up to the first shard still loading. */
function useFirstArticles(manifest: Manifest, shown: number): ArticleSummary[] {
  const shards = useQueries({
    queries: shardsFor(manifest, shown).map((k) => summaryShardOptions(k)),
  });
  const articles: ArticleSummary[] = [];
  for (const shard of shards) {
    if (!shard.data) break;
    articles.push(...shard.data.articles);
  }
  return articles;
}

/**
 * What cleaning removed from each article, by kind (spam only as a count). The counts live in the
 * article bodies, so they are fetched a page at a time, and cached for the reader; the article
 * list itself comes from as many summary shards as the shown rows need (one, for 2,000 rows).
 */
export function CleaningSummary({ manifest }: { manifest: Manifest }) {
  const { t } = useT();
  const paths = usePaths();
  const [shown, setShown] = useState(PAGE);
  const total = manifest.counts.articles;
  const visible = useFirstArticles(manifest, shown).slice(0, shown);
  const bodies = useQueries({ queries: visible.map((a) => articleQueryOptions(a.id)) });
  return (
    <section aria-labelledby="about-cleaning">
      <h2 id="about-cleaning" className="text-xl font-semibold text-ink">
        {t('about.cleaning.title')}
      </h2>
      <p className="mt-2 max-w-prose text-muted">{t('about.cleaning.intro')}</p>
      <div className="mt-4 overflow-x-auto rounded-xl bg-surface ring-1 ring-line">
        <table className="w-full text-sm">
          <caption className="sr-only">{t('about.cleaning.title')}</caption>
          <thead className="border-b border-line bg-sunken text-xs font-semibold tracking-wide text-faint uppercase">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t('about.cleaning.article')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('about.cleaning.total')}
              </th>
              <th scope="col" className="px-3 py-2 text-left">
                {t('about.cleaning.byKind')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {visible.map((article, i) => {
              const body = bodies[i];
              const groups = body?.data ? summariseRemovals(body.data.removed) : null;
              return (
                <tr key={article.id}>
                  <th scope="row" className="max-w-md px-3 py-2 text-left font-normal">
                    <Link
                      to={paths.article(article.id)}
                      lang={article.language}
                      className="text-accent hover:underline"
                    >
                      {article.title}
                    </Link>
                  </th>
                  <td className="px-3 py-2 text-right text-muted tabular-nums">
                    {groups ? groups.reduce((sum, g) => sum + g.count, 0) : '…'}
                  </td>
                  <td className="px-3 py-2 text-muted">
                    {body?.isError
                      ? t('about.cleaning.failed')
                      : groups
                        ? groups
                            .map((g) => `${t(`removalKinds.${g.kind}`)} ${g.count}`)
                            .join(' · ') || t('about.cleaning.none')
                        : t('common.loading')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {visible.length < Math.min(shown, total) ? (
        <p className="mt-3 text-sm text-muted">{t('common.loading')}</p>
      ) : total > shown ? (
        <button
          type="button"
          onClick={() => setShown(shown + PAGE)}
          className="mt-3 text-sm text-accent hover:underline"
        >
          {t('about.cleaning.more', { count: Math.min(PAGE, total - shown) })}
        </button>
      ) : null}
    </section>
  );
}
