import { describe, expect, it } from 'vitest';
import { createPaths } from '../../src/web/lib/paths';
import { parseUrlState, toSearch } from '../../src/web/lib/url-state';

const parse = (search: string) => parseUrlState(new URLSearchParams(search));

describe('parseUrlState', () => {
  it('reads a comma list of six-digit codes', () => {
    expect(parse('?region=610000,210100')).toEqual({ region: ['610000', '210100'] });
    expect(parse('?region=610000%2C210100')).toEqual({ region: ['610000', '210100'] });
  });

  it('falls back instead of failing: bad codes are dropped, duplicates merged, absent is all', () => {
    expect(parse('?region=61,abc,610000,610000')).toEqual({ region: ['610000'] });
    expect(parse('?region=')).toEqual({ region: [] });
    expect(parse('?region=%E2%80%A6')).toEqual({ region: [] });
    expect(parse('')).toEqual({ region: [] });
  });
});

describe('toSearch', () => {
  it('keeps commas literal, omits defaults and keeps unrelated params', () => {
    expect(toSearch({ region: ['610000', '210100'] })).toBe('?region=610000,210100');
    expect(toSearch({ region: [] })).toBe('');
    expect(toSearch({ region: ['610000'] }, new URLSearchParams('q=联盟&region=210000'))).toBe(
      '?q=%E8%81%94%E7%9B%9F&region=610000',
    );
  });
});

describe('createPaths', () => {
  it('builds every link with the region carried along', () => {
    const paths = createPaths({ region: ['610000'] });
    expect(paths.timeline()).toBe('/?region=610000');
    expect(paths.article('xian-imaging-joint-lab')).toBe(
      '/articles/xian-imaging-joint-lab?region=610000',
    );
    expect(paths.alliances()).toBe('/alliances?region=610000');
    expect(paths.network()).toBe('/network?region=610000');
    expect(paths.entity('c-05230efd')).toBe('/entities/c-05230efd?region=610000');
    expect(createPaths({ region: [] }).network()).toBe('/network');
  });
});
