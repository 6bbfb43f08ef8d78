import { useState } from 'react';
import type { Block, Language } from '../../../../domain';

type ArticleImageProps = { block: Block; language: Language };

/**
 * Images come from third-party hosts that often block hotlinking or vanish; a failed image leaves
 * a visible placeholder with its alt text instead of a broken icon or a collapsed gap.
 */
export function ArticleImage({ block, language }: ArticleImageProps) {
  const [failed, setFailed] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const alt = block.alt ?? block.text;
  if (!block.src || failed) {
    return (
      <div
        role="img"
        aria-label={alt || 'Image unavailable'}
        lang={language}
        className="flex min-h-40 items-center justify-center rounded-lg border border-dashed border-stone-300 bg-stone-100 p-6 text-center text-sm text-slate-500"
      >
        <span aria-hidden="true">{alt ? `Image unavailable: ${alt}` : 'Image unavailable'}</span>
      </div>
    );
  }
  return (
    <figure className={`overflow-hidden rounded-lg bg-stone-100 ${loaded ? '' : 'min-h-40'}`}>
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
