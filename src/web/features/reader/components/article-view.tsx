import type { ArticleBody, ArticleSummary, DatasetIndex } from '../../../../domain';
import { useT } from '../../../lib/use-t';
import { useUrlState } from '../../../lib/use-url-state';
import { adjacentArticles, relatedArticles } from '../article-neighbours';
import { useHansConverter } from '../use-hans-converter';
import { ArticleBlocks } from './article-blocks';
import { ArticleEntities } from './article-entities';
import { ArticleMeta } from './article-meta';
import { ArticlePager } from './article-pager';
import { ArticleRegions } from './article-regions';
import { RelatedArticles } from './related-articles';
import { RemovalSummary } from './removal-summary';
import { ScriptToggle } from './script-toggle';

type ArticleViewProps = {
  summary: ArticleSummary;
  body: ArticleBody;
  dataset: DatasetIndex;
  /** False while `dataset` holds only this article: no pager or related list can be honest yet. */
  withNeighbours?: boolean;
};

/** The reader: title and provenance, the text with linked mentions, and the side panel. */
export function ArticleView({ summary, body, dataset, withNeighbours = true }: ArticleViewProps) {
  const { t } = useT();
  const { script, region } = useUrlState();
  const traditional = summary.language === 'zh-Hant';
  const converter = useHansConverter(traditional && script === 'hans');
  const { convert } = converter;
  const { previous, next } = adjacentArticles(dataset, summary.id, region);
  return (
    <>
      <article className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem] print:block">
        <div className="min-w-0">
          <header className="border-b border-line pb-6">
            <h1
              lang={convert ? 'zh-Hans' : summary.language}
              className="text-3xl leading-snug font-semibold text-ink"
            >
              {convert ? convert(summary.title) : summary.title}
            </h1>
            {traditional ? (
              <ScriptToggle
                articleId={summary.id}
                script={script}
                loading={converter.loading}
                failed={converter.failed}
              />
            ) : null}
            <ArticleMeta summary={summary} />
          </header>
          {body.blocks.length === 0 ? (
            <p className="mt-8 text-faint">{t('reader.noBody')}</p>
          ) : (
            <ArticleBlocks
              body={body}
              language={summary.language}
              dataset={dataset}
              convert={convert}
            />
          )}
          <p className="mt-8 hidden text-xs break-all text-black print:block">
            {t('reader.printedFrom', { url: window.location.href })}
          </p>
        </div>
        <aside aria-label={t('reader.aside')} className="space-y-8 print:mt-8">
          <ArticleEntities entityIds={summary.entityIds} dataset={dataset} convert={convert} />
          <ArticleRegions codes={summary.regionCodes} dataset={dataset} />
          {withNeighbours ? (
            <RelatedArticles related={relatedArticles(dataset, summary.id)} />
          ) : null}
          <RemovalSummary removed={body.removed} language={summary.language} />
        </aside>
      </article>
      {withNeighbours ? <ArticlePager previous={previous} next={next} /> : null}
    </>
  );
}
