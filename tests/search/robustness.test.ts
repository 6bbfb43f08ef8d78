// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import {
  decodeTerm,
  SEARCH_OPTIONS,
  type SearchDocument,
  encodeTerm,
  loadSearchIndex,
  makeSnippet,
  runQuery,
  searchResults,
  NO_FILTERS,
  type TermEntry,
} from '../../src/domain/search';
import { runPipeline } from '../../src/pipeline/build';
import { buildSearchIndex } from '../../src/pipeline/search/build-search-index';
import { RAW, realResources } from '../pipeline/helpers';

const res = realResources();
const { index, bodies } = runPipeline(RAW, res);
const search = loadSearchIndex(buildSearchIndex(index, bodies, res.simplify));

// Text users paste: CJK, Latin, emoji, full-width forms, regex and HTML characters, controls.
const oddText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'联盟陕西陝西医院普陀成都ＡＢＣ１２３、，。！？《》“”'),
    fc.constantFrom(...'.*+?^${}()|[]\\/<>&"\'`~'),
    fc.constantFrom('🎉', '👩‍⚕️', '\u0000', '\u200b', '\ufeff', '\n', '\t', ' '),
    fc.string({ unit: 'grapheme', maxLength: 2 }),
  ),
  maxLength: 1200,
});

describe('odd input (property)', () => {
  it('never throws, stays fast and returns well-formed results', () => {
    fc.assert(
      fc.property(oddText, (q) => {
        const started = performance.now();
        const hits = runQuery(search, q);
        const results = searchResults(hits, NO_FILTERS, { entities: 10, articles: 10 });
        expect(performance.now() - started).toBeLessThan(250);
        expect(results.totalArticles + results.totalEntities).toBe(hits.length);
        for (const h of hits) expect(Number.isFinite(h.score)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('snippets of any query over any text never throw and only cut what they mark', () => {
    fc.assert(
      fc.property(oddText, fc.array(oddText, { maxLength: 4 }), (q, blocks) => {
        const snippet = makeSnippet(blocks, q);
        if (!snippet) return;
        const text = snippet.parts.map((p) => p.text).join('');
        expect(blocks[snippet.block]).toContain(text);
      }),
      { numRuns: 150 },
    );
  });

  it('the compact term encoding round-trips', () => {
    const entry = fc.tuple(
      fc.string({ minLength: 1, maxLength: 6 }),
      fc.dictionary(
        fc.constantFrom('0', '1', '2'),
        fc.dictionary(
          fc.integer({ min: 0, max: 100_000 }).map(String),
          fc.integer({ min: 1, max: 9 }),
          { minKeys: 1, maxKeys: 20 },
        ),
      ),
    );
    fc.assert(
      fc.property(entry, (e) => {
        expect(decodeTerm(encodeTerm(e as TermEntry))).toEqual(e);
      }),
    );
  });
});

describe('snippets', () => {
  const long = `${'前言。'.repeat(60)}陝西醫工産業聯盟正式成立${'后记。'.repeat(60)}`;

  it('marks a Simplified query in Traditional text, in the original characters', () => {
    const snippet = makeSnippet(['无关的段落。', long], '陕西 联盟');
    expect(snippet?.block).toBe(1);
    const marked = snippet?.parts.filter((p) => p.hit).map((p) => p.text);
    expect(marked).toEqual(['陝西', '聯盟']);
    expect(snippet?.before).toBe(true);
    expect(snippet?.after).toBe(true);
  });

  it('marks whole English words from a stem, any case', () => {
    const snippet = makeSnippet(['The Alliances of CHENGDU hospitals.'], 'alliance chengdu');
    expect(snippet?.parts.filter((p) => p.hit).map((p) => p.text)).toEqual([
      'Alliances',
      'CHENGDU',
    ]);
  });

  it('falls back to the opening of the text when only a name matched', () => {
    const snippet = makeSnippet(['', 'First paragraph.'], '陕西');
    expect(snippet).toEqual({
      block: 1,
      parts: [{ text: 'First paragraph.', hit: false }],
      before: false,
      after: false,
    });
    expect(makeSnippet([], 'x')).toBeNull();
  });
});

describe('recall', () => {
  it('finds every text containing the query, however the segmenter splits it there', () => {
    // Alone, 上海市 and 研究院 are one word each; inside these sentences the segmenter splits
    // them (上海|市场, 研究|院士). Required words would lose both documents.
    const mini = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
    const doc = (id: string, text: string): SearchDocument => ({
      id,
      text,
      kind: 'article',
      title: '',
      en: '',
      subtype: '',
      names: '',
      language: 'zh-Hans',
      date: null,
      year: null,
      regionCodes: [],
      weight: 0,
    });
    mini.addAll([doc('a', '上海市场需求旺盛'), doc('b', '医学研究院士工作站'), doc('c', '北京')]);
    expect(runQuery(mini, '上海市').map((h) => h.id)).toEqual(['a']);
    expect(runQuery(mini, '研究院').map((h) => h.id)).toEqual(['b']);
  });
});
