// @vitest-environment node
import type MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  loadSearchIndex,
  runQuery,
  ShardedSearchIndex,
  tokenize,
  type SearchDocument,
} from '../../src/domain/search';
import { runPipeline } from '../../src/pipeline/build';
import { buildSearchIndex } from '../../src/pipeline/search/build-search-index';
import { RAW, realResources } from '../pipeline/helpers';
import { memoryLoader, shardedFiles } from './search-helpers';

const res = realResources();
const { index, bodies } = runPipeline(RAW, res);
const single = loadSearchIndex(buildSearchIndex(index, bodies, res.simplify));
// The same golden set through the on-disk form the app reads, split into 8 shards.
const sharded = await ShardedSearchIndex.open(
  memoryLoader(shardedFiles(index, bodies, { simplify: res.simplify, shardCount: 8 })),
);

const SHAANXI = 'a:002_756aca3129949c7d';
const PUTUO = 'a:001_add32ab2eb8e2b21';
const CHENGDU = 'a:004_f1e248e0704a5347';
const SHENYANG = 'a:000_8acf72d1639afed9';

describe.each([
  ['one index', async () => single],
  ['8 shards', (q: string) => sharded.forQuery(q)],
] as [string, (q: string) => Promise<MiniSearch<SearchDocument>>][])(
  'search golden set (seeds, %s)',
  (_, engine) => {
    const hits = async (q: string) => runQuery(await engine(q), q).map((h) => String(h.id));
    const articleHits = async (q: string) =>
      runQuery(await engine(q), q)
        .filter((h) => h.kind === 'article')
        .map((h) => String(h.id));

    it.each(['陕西', '陝西'])('%s finds the Shaanxi alliance article first', async (q) => {
      expect((await articleHits(q))[0]).toBe(SHAANXI);
    });

    it('联盟 finds every alliance, and every article naming one', async () => {
      const alliances = index.entities.filter(
        (e) => e.kind === 'collaboration' && e.subtype === 'alliance',
      );
      expect(alliances.length).toBeGreaterThan(0);
      const found = new Set(await hits('联盟'));
      for (const a of alliances) expect(found, a.names.original).toContain(`e:${a.id}`);
      const allianceIds = new Set(alliances.map((a) => a.id));
      for (const article of index.articles.filter((a) =>
        a.entityIds.some((id) => allianceIds.has(id)),
      ))
        expect(found, article.title).toContain(`a:${article.id}`);
    });

    it('普陀 finds the Putuo article first', async () => {
      expect((await articleHits('普陀'))[0]).toBe(PUTUO);
    });

    it('Chengdu (any case) finds the English article', async () => {
      expect((await articleHits('Chengdu'))[0]).toBe(CHENGDU);
      expect((await articleHits('chengdu'))[0]).toBe(CHENGDU);
      expect((await articleHits('CHENG'))[0]).toBe(CHENGDU);
    });

    it.each([
      ['刘伟', SHENYANG],
      ['顾晓松', PUTUO],
      ['顧曉松', PUTUO],
      ['Huang Pengyu', CHENGDU],
    ])('a person’s name (%s) finds their article first', async (q, id) => {
      expect((await articleHits(q))[0]).toBe(id);
    });

    it.each([
      ['安纳', PUTUO],
      ['萨娅', PUTUO],
    ])(
      'a two-character substring of an unknown company name (%s) finds it first',
      async (q, id) => {
        expect((await articleHits(q))[0]).toBe(id);
      },
    );

    it('a person’s name finds the person entity before any article', async () => {
      const person = index.entities.find((e) => e.kind === 'person' && e.names.zhHans === '顾晓松');
      expect(person).toBeDefined();
      expect((await hits('顾晓松'))[0]).toBe(`e:${person?.id}`);
    });
  },
);

describe('search index', () => {
  it('gives the same ranking from shards as from one index', async () => {
    for (const q of ['联盟', '陕西 医学', 'Chengdu alliance', '医院', '产业 创新 联盟']) {
      const a = runQuery(single, q).map((h) => [h.id, h.score.toFixed(6)]);
      const b = runQuery(await sharded.forQuery(q), q).map((h) => [h.id, h.score.toFixed(6)]);
      expect(b, q).toEqual(a);
    }
  });

  it('loads only the shards a query needs', async () => {
    const fresh = await ShardedSearchIndex.open(
      memoryLoader(shardedFiles(index, bodies, { simplify: res.simplify, shardCount: 8 })),
    );
    await fresh.forQuery('陕西');
    expect(fresh.loadedShards).toBe(1);
  });

  it('a single typed Han character finds what its bigrams start', () => {
    expect(runQuery(single, '陝').some((h) => String(h.id) === SHAANXI)).toBe(true);
  });

  it('folds full-width input like its half-width form', () => {
    expect(tokenize('ＣＨＥＮＧＤＵ')).toEqual(tokenize('chengdu'));
  });
});
