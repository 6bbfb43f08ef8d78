// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ArticleBodySchema, DatasetIndexSchema, entityId } from '../../src/domain';
import { runPipeline } from '../../src/pipeline/build';
import { ancestry } from '../../src/pipeline/lib/gazetteer';
import { validateDataset } from '../../src/pipeline/validate-dataset';
import { GOLD } from './gold';
import { RAW, realResources } from './helpers';

const res = realResources();
const { index, bodies } = runPipeline(RAW, res);
const entity = new Map(index.entities.map((e) => [e.id, e]));

interface GoldCollab {
  id: string;
  gold_status: string;
  name_zh_Hans: string | null;
  name_original: string;
}
const goldCollabs = (
  JSON.parse(JSON.stringify(GOLD)) as Array<{ id: string; collaborations: GoldCollab[] }>
).flatMap((a) => a.collaborations.map((c) => ({ article: a.id, ...c })));
const bare = (s: string) =>
  res
    .simplify(s)
    .replace(/[(（][^)）]*[)）]/g, '')
    .toLowerCase();

describe('the dataset built from the seeds', () => {
  it('validates against the domain schemas, referential checks included', () => {
    expect(validateDataset(index, bodies)).toEqual([]);
    expect(DatasetIndexSchema.safeParse(index).success).toBe(true);
    for (const b of bodies) expect(ArticleBodySchema.safeParse(b).success).toBe(true);
  });

  it('lists every referenced region with its ancestors', () => {
    const codes = new Set(index.regions.map((r) => r.code));
    const used = [
      ...index.articles.flatMap((a) => a.regionCodes),
      ...index.entities.flatMap((e) => (e.regionCode ? [e.regionCode] : [])),
    ];
    for (const c of used)
      for (const a of ancestry(res.gazetteer, c)) expect(codes.has(a)).toBe(true);
    const regionsOf = (id: string) => index.articles.find((a) => a.id.startsWith(id))!.regionCodes;
    expect(regionsOf('000')).toContain('210100');
    expect(regionsOf('001')).toContain('310107');
    expect(regionsOf('002')).toEqual(expect.arrayContaining(['610000', '610100']));
    expect(regionsOf('003')).toContain('370800');
    expect(regionsOf('004')).toEqual(expect.arrayContaining(['440300', '510100', '510000']));
  });

  it('derives entity ids from the kind and a match key: one entity across scripts and short forms', () => {
    for (const e of index.entities) expect(e.id).toMatch(/^[cip]-[0-9a-f]{8}$/);
    const named = (name: string) =>
      index.entities.filter((e) =>
        [e.names.original, e.names.zhHans, ...e.names.aliases].includes(name),
      );
    // 普陀區商務委 (Traditional, no city, short head) is 上海市普陀区商务委员会.
    expect(named('普陀區商務委')).toHaveLength(1);
    expect(named('普陀區商務委')[0]!.names.zhHans).toBe('上海市普陀区商务委员会');
    expect(entityId('institution', '@310107|商务委员会')).toBe(named('普陀區商務委')[0]!.id);
  });

  it('points every mention at its entity name in the block text', () => {
    for (const body of bodies) {
      for (const m of body.mentions) {
        const e = entity.get(m.entityId)!;
        const text = body.blocks[m.block]!.text.slice(m.start, m.end);
        const spellings = [e.names.original, ...e.names.aliases];
        // A bare head (`加入聯盟`, `醫院黨委`) refers back to the article's one such entity.
        expect(
          spellings.includes(text) || /^(?:[联聯]盟|委[员員]會|[医醫]院|孵化器)$/.test(text),
        ).toBe(true);
      }
    }
  });

  it('finds every core and mentioned gold collaboration (as some entity of its article)', () => {
    const missing = goldCollabs
      .filter((c) => c.gold_status !== 'optional')
      .filter((c) => {
        const article = index.articles.find((a) => a.id === c.article)!;
        const gold = [c.name_zh_Hans, c.name_original].filter((n): n is string => !!n).map(bare);
        return !article.entityIds.some((id) => {
          const e = entity.get(id)!;
          const ours = [e.names.zhHans, e.names.original, ...e.names.aliases].map(bare);
          return ours.some((o) => gold.some((g) => g === o || (o.length >= 6 && g.endsWith(o))));
        });
      })
      .map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('links the named alliance members and operator in seed 002', () => {
    const alliance = index.entities.find((e) => e.names.zhHans === '陕西医工产业联盟')!.id;
    const rel = index.relations.filter((r) => r.target === alliance);
    const members = rel
      .filter((r) => r.type === 'member')
      .map((r) => entity.get(r.source)!.names.original);
    expect(members.sort()).toEqual(
      [
        '秦創原發展股份有限公司',
        '邁瑞醫療西安研究院',
        '陜西省成長性企業引導基金管理有限公司',
        '陜西迪泰克新材料有限公司',
        '陜西關天資本管理有限公司',
      ].sort(),
    );
    expect(entity.get(rel.find((r) => r.type === 'operator')!.source)!.names.zhHans).toBe(
      '西咸新区秦汉新城大健康产业园发展中心',
    );
  });
});
