import { useState } from 'react';
import type { Block, Language } from '../../../../domain';
import { useT } from '../../../lib/use-t';

type ArticleImageProps = { block: Block; language: Language };

/**
 * Images come from third-party hosts that often block hotlinking or vanish; a failed image leaves
 * a visible placeholder with its alt text instead of a broken icon or a collapsed gap. The space
 * is reserved while loading so the text below does not jump.
 */
export function ArticleImage({ block, language }: ArticleImageProps) {
  const { t } = useT();
  const [failed, setFailed] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const alt = block.alt ?? block.text;
  if (!block.src || failed) {
    return (
      <div
        role="img"
        aria-label={alt || t('reader.imageUnavailable')}
        data-testid="image-placeholder"
        className="flex min-h-40 flex-col items-center justify-center gap-1 rounded-lg border border-dashed border-line-strong bg-sunken p-6 text-center text-sm text-muted"
      >
        <span aria-hidden="true" className="font-medium">
          {t('reader.imageUnavailable')}
        </span>
        {alt ? (
          <span aria-hidden="true" lang={language}>
            {alt}
          </span>
        ) : null}
      </div>
    );
  }
  return (
    <figure className={`overflow-hidden rounded-lg bg-sunken ${loaded ? '' : 'min-h-40'}`}>
      <img
        src={block.src}
        alt={alt}
        lang={language}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        onLoad={() => setLoaded(true)}
        onError={() => setFailed(true)}
        className="mx-auto h-auto max-w-full"
      />
    </figure>
  );
}
