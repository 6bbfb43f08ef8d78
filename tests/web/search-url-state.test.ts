import { describe, expect, it } from 'vitest';
import { createPaths } from '../../src/web/lib/paths';
import { parseUrlState, toSearch } from '../../src/web/lib/url-state';

const parse = (search: string) => parseUrlState(new URLSearchParams(search));

describe('search params', () => {
  it('reads q and the facets', () => {
    const s = parse('?q=%E9%99%9D%E8%A5%BF&kind=article&language=zh-Hant&year=2023&lang=zh');
    expect(s).toMatchObject({
      q: '陝西',
      kind: 'article',
      language: 'zh-Hant',
      year: 2023,
      lang: 'zh',
    });
  });

  it('falls back on bad values, and cuts a long query', () => {
    const s = parse(`?q=${'x'.repeat(500)}&kind=planet&language=fr&year=20x3`);
    expect(s.q).toHaveLength(200);
    expect(s).toMatchObject({ kind: null, language: null, year: null });
  });

  it('round-trips and leaves defaults out; links carry region and lang', () => {
    const state = { ...parse(''), q: '联盟 alliance', kind: 'collaboration' as const, year: 2021 };
    expect(parse(toSearch(state))).toEqual(state);
    expect(toSearch(parse(''))).toBe('');
    const paths = createPaths({ region: ['610000'], lang: 'zh' });
    expect(paths.search({ q: '陕西' })).toBe(
      `/search?q=${encodeURIComponent('陕西')}&region=610000&lang=zh`,
    );
    expect(paths.search()).toBe('/search?region=610000&lang=zh');
  });
});
