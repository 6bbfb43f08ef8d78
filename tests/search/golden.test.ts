// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadSearchIndex, runQuery, tokenize } from '../../src/domain/search';
import { runPipeline } from '../../src/pipeline/build';
import { buildSearchIndex } from '../../src/pipeline/search/build-search-index';
import { RAW, realResources } from '../pipeline/helpers';

const { index, bodies } = runPipeline(RAW, realResources());
const search = loadSearchIndex(buildSearchIndex(index, bodies));
const articleHits = (q: string) =>
  runQuery(search, q)
    .filter((h) => h.kind === 'article')
    .map((h) => String(h.id));

const SHAANXI = 'a:002_756aca3129949c7d';
const PUTUO = 'a:001_add32ab2eb8e2b21';
const CHENGDU = 'a:004_f1e248e0704a5347';
const SHENYANG = 'a:000_8acf72d1639afed9';

describe('search golden set (seeds)', () => {
  it.each(['陕西', '陝西'])('%s finds the Shaanxi alliance article first', (q) => {
    expect(articleHits(q)[0]).toBe(SHAANXI);
  });

  it('联盟 finds every alliance', () => {
    const alliances = index.entities.filter(
      (e) => e.kind === 'collaboration' && e.subtype === 'alliance',
    );
    expect(alliances.length).toBeGreaterThan(0);
    const found = new Set(runQuery(search, '联盟').map((h) => String(h.id)));
    for (const a of alliances) expect(found, a.names.original).toContain(`e:${a.id}`);
  });

  it('普陀 finds the Putuo article first', () => {
    expect(articleHits('普陀')[0]).toBe(PUTUO);
  });

  it('Chengdu (any case) finds the English article', () => {
    expect(articleHits('Chengdu')[0]).toBe(CHENGDU);
    expect(articleHits('chengdu')[0]).toBe(CHENGDU);
  });

  it.each([
    ['刘伟', SHENYANG],
    ['顾晓松', PUTUO],
    ['顧曉松', PUTUO],
    ['Huang Pengyu', CHENGDU],
  ])('a person’s name (%s) finds their article', (q, id) => {
    expect(articleHits(q)[0]).toBe(id);
  });

  it.each([
    ['安纳', PUTUO],
    ['萨娅', PUTUO],
  ])('a two-character substring of an unknown company name (%s) finds it', (q, id) => {
    expect(articleHits(q)).toContain(id);
  });

  it('returns nothing, quickly and without throwing, for odd input', () => {
    for (const q of [
      '',
      '   ',
      '!!!???',
      '.*+?^${}()|[]\\',
      '🎉🎉',
      '、，。',
      'x'.repeat(1000),
      '联'.repeat(1000),
    ]) {
      const t0 = performance.now();
      expect(() => runQuery(search, q)).not.toThrow();
      expect(performance.now() - t0).toBeLessThan(200);
    }
    expect(runQuery(search, '!!!???')).toEqual([]);
  });

  it('folds full-width input like its half-width form', () => {
    expect(tokenize('ＣＨＥＮＧＤＵ')).toEqual(tokenize('chengdu'));
  });
});
