/**
 * Ids are derived from raw values and never from cleaned content, so a shared link survives
 * re-cleaning. No node:* here: this runs in the browser too.
 */

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. Stable across platforms. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const URL_SAFE = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * Article id from the raw file's name: the name without its extension, lower-cased, with anything
 * outside `[a-z0-9_-]` turned into `-`. When that loses information (non-ASCII names), a hash of
 * the full name keeps ids unique.
 */
export function articleIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const lossless = slug === base && URL_SAFE.test(slug);
  if (lossless) return slug;
  return slug ? `${slug}-${hash32(base)}` : `a-${hash32(base)}`;
}

export const ENTITY_ID_PREFIX = { collaboration: 'c', institution: 'i', person: 'p' } as const;

/** Entity id from its kind and match key (Simplified, normalised name). */
export function entityId(kind: keyof typeof ENTITY_ID_PREFIX, matchKey: string): string {
  return `${ENTITY_ID_PREFIX[kind]}-${hash32(matchKey)}`;
}

export function relationId(
  source: string,
  type: string,
  target: string,
  articleId: string,
): string {
  return `r-${hash32(`${source}|${type}|${target}|${articleId}`)}`;
}

export function isUrlSafeId(id: string): boolean {
  return URL_SAFE.test(id);
}
