import type { ArticleBody, ArticleSummary, DatasetIndex } from '../../../../domain';
import { ArticleBlocks } from './article-blocks';
import { ArticleEntities } from './article-entities';
import { ArticleMeta } from './article-meta';
import { RemovalSummary } from './removal-summary';

type ArticleViewProps = { summary: ArticleSummary; body: ArticleBody; dataset: DatasetIndex };

export function ArticleView({ summary, body, dataset }: ArticleViewProps) {
  return (
    <article className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <header className="border-b border-stone-200 pb-6">
          <h1
            lang={summary.language}
            className="text-3xl leading-snug font-semibold text-slate-900"
          >
            {summary.title}
          </h1>
          <ArticleMeta summary={summary} />
        </header>
        <ArticleBlocks articleId={body.id} blocks={body.blocks} language={summary.language} />
      </div>
      <aside aria-label="About this article" className="space-y-8">
        <ArticleEntities entityIds={summary.entityIds} dataset={dataset} />
        <RemovalSummary removed={body.removed} language={summary.language} />
      </aside>
    </article>
  );
}
