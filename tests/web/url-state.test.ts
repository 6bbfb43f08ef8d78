import { describe, expect, it } from 'vitest';
import { createPaths } from '../../src/web/lib/paths';
import { DEFAULT_URL_STATE, parseUrlState, toSearch } from '../../src/web/lib/url-state';

const parse = (search: string) => parseUrlState(new URLSearchParams(search));

describe('parseUrlState', () => {
  it('reads every param', () => {
    expect(
      parse(
        '?region=610000,210100&lang=zh&from=2021&to=2022-05-31&type=alliance,joint-lab&sort=date&dir=asc&script=hans',
      ),
    ).toEqual({
      region: ['610000', '210100'],
      lang: 'zh',
      from: '2021',
      to: '2022-05-31',
      type: ['alliance', 'joint-lab'],
      sort: 'date',
      dir: 'asc',
      script: 'hans',
      q: '',
      language: null,
      kind: null,
      year: null,
    });
    expect(parse('?region=610000%2C210100').region).toEqual(['610000', '210100']);
  });

  it('falls back instead of failing: bad parts are dropped, bad values become defaults', () => {
    expect(parse('?region=61,abc,610000,610000').region).toEqual(['610000']);
    expect(parse('?region=').region).toEqual([]);
    expect(parse('?region=%E2%80%A6').region).toEqual([]);
    expect(parse('?lang=fr').lang).toBe('en');
    expect(parse('?type=alliance,spaceship').type).toEqual(['alliance']);
    expect(parse('?sort=colour&dir=sideways')).toMatchObject({ sort: 'articles', dir: 'desc' });
    expect(parse('?script=klingon').script).toBe('original');
    expect(parse('?from=2021-02-30&to=20x1')).toMatchObject({ from: null, to: null });
    expect(parse('')).toEqual(DEFAULT_URL_STATE);
  });

  it('gives each sort column its natural direction unless one is given', () => {
    expect(parse('?sort=name').dir).toBe('asc');
    expect(parse('?sort=members').dir).toBe('desc');
    expect(parse('?sort=name&dir=desc').dir).toBe('desc');
  });

  it('reads a reversed range as the range that was meant', () => {
    expect(parse('?from=2023&to=2021-05')).toMatchObject({ from: '2021-05', to: '2023' });
  });
});

describe('toSearch', () => {
  it('keeps commas literal, omits defaults and keeps params it does not know', () => {
    expect(toSearch({ region: ['610000', '210100'] })).toBe('?region=610000,210100');
    expect(toSearch(DEFAULT_URL_STATE)).toBe('');
    expect(toSearch({ sort: 'name', dir: 'asc' })).toBe('?sort=name');
    expect(toSearch({ sort: 'name', dir: 'desc', lang: 'zh' })).toBe('?sort=name&dir=desc&lang=zh');
    expect(
      toSearch({ region: ['610000'] }, new URLSearchParams('focus=c-05230efd&region=210000')),
    ).toBe('?focus=c-05230efd&region=610000');
  });

  it('round-trips through parseUrlState', () => {
    const state = {
      ...DEFAULT_URL_STATE,
      region: ['610000'],
      lang: 'zh' as const,
      from: '2021-03',
      type: ['agreement' as const],
    };
    expect(parse(toSearch(state))).toEqual(state);
  });
});

describe('createPaths', () => {
  it('builds every link with the region and language carried along', () => {
    const paths = createPaths({ region: ['610000'], lang: 'zh' });
    expect(paths.timeline()).toBe('/?region=610000&lang=zh');
    expect(paths.article('xian-imaging-joint-lab')).toBe(
      '/articles/xian-imaging-joint-lab?region=610000&lang=zh',
    );
    expect(paths.alliances({ sort: 'date', dir: 'desc' })).toBe(
      '/alliances?sort=date&region=610000&lang=zh',
    );
    expect(paths.network({ focus: 'c-05230efd' })).toBe(
      '/network?focus=c-05230efd&region=610000&lang=zh',
    );
    expect(paths.entity('c-05230efd')).toBe('/entities/c-05230efd?region=610000&lang=zh');
    expect(paths.regions()).toBe('/regions?region=610000&lang=zh');
    expect(paths.about()).toBe('/about?region=610000&lang=zh');
    expect(createPaths({ region: [], lang: 'en' }).network()).toBe('/network');
  });

  it('adds route params and lets the shared ones win', () => {
    const paths = createPaths({ region: [], lang: 'en' });
    expect(paths.timeline({ from: '2021', to: '2022', type: ['alliance'] })).toBe(
      '/?from=2021&to=2022&type=alliance',
    );
    expect(paths.article('a', { script: 'hans' })).toBe('/articles/a?script=hans');
  });
});
