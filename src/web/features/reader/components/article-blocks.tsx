import type { ArticleBody, DatasetIndex, Language } from '../../../../domain';
import { spansByBlock } from '../mention-segments';
import type { Converter } from '../use-hans-converter';
import { ArticleImage } from './article-image';
import { BlockText } from './block-text';

type ArticleBlocksProps = {
  body: ArticleBody;
  language: Language;
  dataset: DatasetIndex;
  convert: Converter | null;
};

/** Plain-text blocks become React elements; there is no markup to trust or sanitise. */
export function ArticleBlocks(props: ArticleBlocksProps) {
  const { body, language, dataset, convert } = props;
  const byBlock = spansByBlock(body);
  return (
    <div className="print-urls mt-8 max-w-prose space-y-5 text-[1.0625rem] leading-8 text-body">
      {body.blocks.map((block, i) => {
        const key = `${body.id}-${i}`;
        // Converted text is Simplified Chinese, whatever the source script was.
        const lang = convert && !block.language ? 'zh-Hans' : (block.language ?? language);
        const text = (
          <BlockText text={block.text} spans={byBlock.get(i)} dataset={dataset} convert={convert} />
        );
        switch (block.type) {
          case 'heading':
            return (
              <h2 key={key} lang={lang} className="pt-4 text-xl font-semibold text-ink">
                {text}
              </h2>
            );
          case 'image':
            return <ArticleImage key={key} block={block} language={lang} />;
          case 'caption':
            return (
              <p key={key} lang={lang} className="-mt-2 text-center text-sm text-faint">
                {text}
              </p>
            );
          case 'paragraph':
            return (
              <p key={key} lang={lang}>
                {text}
              </p>
            );
        }
      })}
    </div>
  );
}
