import type { Block, Language } from '../../../../domain';
import { ArticleImage } from './article-image';

type ArticleBlocksProps = { articleId: string; blocks: Block[]; language: Language };

/** Plain-text blocks become React elements; there is no markup to trust or sanitise. */
export function ArticleBlocks({ articleId, blocks, language }: ArticleBlocksProps) {
  if (blocks.length === 0)
    return <p className="mt-8 text-slate-500">This article has no body text.</p>;
  return (
    <div className="mt-8 max-w-prose space-y-5 text-[1.0625rem] leading-8 text-slate-800">
      {blocks.map((block, i) => {
        const key = `${articleId}-${i}`;
        const lang = block.language ?? language;
        switch (block.type) {
          case 'heading':
            return (
              <h2 key={key} lang={lang} className="pt-4 text-xl font-semibold text-slate-900">
                {block.text}
              </h2>
            );
          case 'image':
            return <ArticleImage key={key} block={block} language={lang} />;
          case 'caption':
            return (
              <p key={key} lang={lang} className="-mt-2 text-center text-sm text-slate-500">
                {block.text}
              </p>
            );
          case 'paragraph':
            return (
              <p key={key} lang={lang}>
                {block.text}
              </p>
            );
        }
      })}
    </div>
  );
}
