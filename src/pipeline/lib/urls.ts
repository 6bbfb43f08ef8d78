const PROXY_PARAMS = ['url', 'u', 'src', 'target', 'link', 'href', 'image', 'img', 'q'];

function httpUrl(text: string): string | null {
  const t = text.trim().replace(/^\/\//, 'https://');
  if (!/^https?:\/\//i.test(t)) return null;
  try {
    const u = new URL(t);
    return u.protocol === 'http:' || u.protocol === 'https:' ? t : null;
  } catch {
    return null;
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The URL a proxy wraps: a query that is itself a URL (`…/?http://x`) or a `url=`-style param. */
function innerUrl(url: string): string | null {
  const q = url.indexOf('?');
  if (q < 0) return null;
  const query = url.slice(q + 1);
  const whole = httpUrl(decoded(query));
  if (whole && /^https?(:|%3a)/i.test(query)) return whole;
  for (const part of query.split('&')) {
    const [key = '', value = ''] = part.split('=');
    if (PROXY_PARAMS.includes(key.toLowerCase())) {
      const inner = httpUrl(decoded(value));
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * An image URL as the reader should load it: only http(s) (protocol-relative becomes https), and
 * unwrapped when a proxy wraps it (`https://cors.x.dev/?http://images.y.com/a.png` → the inner
 * URL, with the wrapped one kept as `originalSrc`). Null for anything else (`javascript:`, `data:`).
 */
export function cleanImageUrl(raw: string): { src: string; originalSrc?: string } | null {
  const url = httpUrl(raw);
  if (!url) return null;
  const inner = innerUrl(url);
  return inner ? { src: inner, originalSrc: url } : { src: url };
}

export { httpUrl };
