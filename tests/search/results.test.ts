// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  searchResults,
  topEntities,
  type SearchHit,
  type StoredFields,
} from '../../src/domain/search';

const hit = (id: string, fields: Partial<StoredFields>): SearchHit =>
  ({
    id,
    score: 1,
    terms: [],
    queryTerms: [],
    match: {},
    kind: 'article',
    title: id,
    en: '',
    subtype: '',
    language: 'zh-Hans',
    date: null,
    year: null,
    regionCodes: [],
    weight: 0,
    ...fields,
  }) as SearchHit;

const HITS = [
  hit('e:c-1', { kind: 'collaboration', subtype: 'alliance', regionCodes: ['610000'], weight: 3 }),
  hit('a:x', { language: 'zh-Hant', year: 2023, regionCodes: ['610100'] }),
  hit('a:y', { language: 'zh-Hans', year: 2021, regionCodes: ['210100'] }),
  hit('a:z', { language: 'en', year: 2021, regionCodes: ['210000'] }),
  hit('e:c-2', { kind: 'collaboration', subtype: 'alliance', regionCodes: ['210100'], weight: 5 }),
];

describe('searchResults', () => {
  it('groups entities before articles, keeping score order and own ids', () => {
    const r = searchResults(HITS, NO_FILTERS, { entities: 10, articles: 10 });
    expect(r.entities.map((e) => e.id)).toEqual(['c-1', 'c-2']);
    expect(r.articles.map((a) => a.id)).toEqual(['x', 'y', 'z']);
  });

  it('applies the region filter (a province includes its cities) and counts the rest', () => {
    const r = searchResults(
      HITS,
      { ...NO_FILTERS, region: ['610000'] },
      { entities: 10, articles: 10 },
    );
    expect([...r.entities, ...r.articles].map((x) => x.id)).toEqual(['c-1', 'x']);
    expect(r.facets.kind).toEqual({ collaboration: 1, article: 1 });
    // Province counts ignore the region filter, so the other places stay in sight.
    expect(r.facets.region).toEqual({ '610000': 2, '210000': 3 });
  });

  it('counts each facet with the other facets applied, not its own', () => {
    const r = searchResults(
      HITS,
      { ...NO_FILTERS, year: 2021, language: 'en' },
      { entities: 10, articles: 10 },
    );
    expect(r.articles.map((a) => a.id)).toEqual(['z']);
    expect(r.facets.language).toEqual({ 'zh-Hans': 1, en: 1 });
    expect(r.facets.year).toEqual({ '2021': 1 });
    expect(r.totalArticles).toBe(1);
  });

  it('keeps totals beyond the row limits', () => {
    const r = searchResults(HITS, NO_FILTERS, { entities: 1, articles: 1 });
    expect([r.entities.length, r.articles.length, r.totalEntities, r.totalArticles]).toEqual([
      1, 1, 2, 3,
    ]);
  });

  it('lists the most-named alliances first', () => {
    const docs = HITS.map(({ id, ...rest }) => ({ ...rest, id: String(id) }));
    expect(topEntities(docs, 'alliance', 5).map((e) => e.id)).toEqual(['c-2', 'c-1']);
  });
});
