// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block, EventDate } from '../../src/domain';
import { newDoc } from '../../src/pipeline/doc';
import { extractArticle } from '../../src/pipeline/extractors/extract-article';
import { realResources } from './helpers';

const res = realResources();

function article(paragraphs: string[], eventDates: EventDate[] = [], file = 't.txt') {
  const blocks: Block[] = paragraphs.map((text) => ({ type: 'paragraph', text }));
  const doc = { ...newDoc(file, 't', new Uint8Array()), title: '标题', blocks, eventDates };
  const x = extractArticle(doc, blocks, res);
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const name = (id: string) => byId.get(id)!.original;
  const rel = x.relations.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
  return { blocks, x, byId, name, rel };
}
const day = (value: string): EventDate => ({
  value,
  precision: 'day',
  basis: 'stated',
  asStated: value,
});

describe('one article', () => {
  it('takes a dictionary short form for the full name it stands for, with its English name', () => {
    const { x } = article(['北京大學第一醫院與北大醫學部簽約。北大將提供支持。']);
    const pku = x.entities.filter((e) => e.zhHans === '北京大学' || e.aliases.includes('北大'));
    expect(pku).toHaveLength(1);
    expect(pku[0]).toMatchObject({ original: '北京大學', en: 'Peking University' });
    expect(pku[0]!.aliases).toContain('北大');
  });

  it('gives mentions that point into the original (Traditional) text', () => {
    const { blocks, x, byId } = article([
      '活動中,普陀區生命健康產業發展聯盟納新,上海安納金醫療等10家單位加入聯盟。上海市普陀區人民政府指導。',
    ]);
    for (const m of x.mentions) {
      const e = byId.get(m.entityId)!;
      const text = blocks[m.block]!.text.slice(m.start, m.end);
      expect(text === '聯盟' || [e.original, ...e.aliases].includes(text)).toBe(true);
    }
    const alliance = x.entities.find((e) => e.subtype === 'alliance')!;
    expect(alliance).toMatchObject({
      original: '普陀區生命健康產業發展聯盟',
      zhHans: '普陀区生命健康产业发展联盟',
      regionCode: '310107',
    });
    // The bare 聯盟 refers back to the alliance named before it.
    expect(x.mentions.filter((m) => m.entityId === alliance.id)).toHaveLength(2);
  });

  it("completes `市…` from the article's city and merges short forms into one entity", () => {
    const { x } = article([
      '沈阳市卫健委妇幼处祁虹处长出席。来自市卫健委、沈阳细胞治疗工程技术研发中心有限公司的领导。',
      '细胞治疗工程技术研发中心介绍了经验。美德因妇儿医院股份有限公司、美德因股份公司和美德因妇儿医院都在场。',
    ]);
    const inst = x.entities
      .filter((e) => e.kind === 'institution')
      .map((e) => [e.original, ...e.aliases.sort()].join(' = '));
    expect(inst).toEqual([
      '沈阳市卫健委 = 市卫健委',
      '沈阳细胞治疗工程技术研发中心有限公司 = 细胞治疗工程技术研发中心',
      '美德因妇儿医院股份有限公司 = 美德因妇儿医院 = 美德因股份公司',
    ]);
  });

  it('types relations by the trigger and where the names sit around it', () => {
    const { rel } = article([
      '由沈阳市美德因妇儿医院股份有限公司主办的沈阳市母婴健康产业技术创新联盟发布会举行。',
      '沈阳市第一医院、沈阳市第二医院加入沈阳市母婴健康产业技术创新联盟。',
      '萨娅医创及普陀城投为萨娅医创产业孵化器(筹)揭牌。',
      '西咸新区秦汉新城大健康产业园发展中心将为陕西医工产业联盟提供运营联络服务。',
      '本次大会由上海市科学技术委员会指导，普陀区生命健康产业工作专班、上海生命健康产业联盟承办。',
    ]);
    expect(rel).toEqual([
      '沈阳市美德因妇儿医院股份有限公司 organiser 沈阳市母婴健康产业技术创新联盟',
      '沈阳市第一医院 member 沈阳市母婴健康产业技术创新联盟',
      '沈阳市第二医院 member 沈阳市母婴健康产业技术创新联盟',
      '萨娅医创 launched 萨娅医创产业孵化器(筹)',
      '普陀城投 launched 萨娅医创产业孵化器(筹)',
      '西咸新区秦汉新城大健康产业园发展中心 operator 陕西医工产业联盟',
      // Co-organisers of the same event are not each other's: no typed relation.
      '上海市科学技术委员会 mentioned-with 上海生命健康产业联盟',
      '普陀区生命健康产业工作专班 mentioned-with 上海生命健康产业联盟',
    ]);
  });

  it('links people to the organisation before their title, and witnesses to the one agreement', () => {
    const { rel, x } = article(
      [
        'At the meeting, a strategic cooperation agreement was signed between the two associations.',
        'Huang Pengyu, director of the Biological Industry Development Bureau of Chengdu High-tech Zone, witnessed the signing ceremony.',
      ],
      [day('2020-11-03')],
    );
    expect(rel).toEqual([
      'Huang Pengyu member Biological Industry Development Bureau of Chengdu High-tech Zone',
      'Huang Pengyu witness strategic cooperation agreement',
      'Biological Industry Development Bureau of Chengdu High-tech Zone witness strategic cooperation agreement',
    ]);
    expect(x.relations.find((r) => r.type === 'member')!.role).toBe('director');
    expect(x.relations.find((r) => r.type === 'witness')!.date?.value).toBe('2020-11-03');
  });

  it('links each post in a list of titles, and a district post to the district government', () => {
    const { rel, x } = article([
      '上海市普陀区人民政府指导。普陀区副区长王珏，高新区管委会副主任、科技创新局局长罗会涛出席。',
    ]);
    expect(rel.filter((r) => r.includes(' member '))).toEqual([
      '王珏 member 上海市普陀区人民政府',
      '罗会涛 member 科技创新局',
      '罗会涛 member 高新区管委会',
    ]);
    expect(x.relations.filter((r) => r.type === 'member').map((r) => r.role)).toEqual([
      '副区长',
      '局长',
      '副主任',
    ]);
  });

  it('dates a collaboration by the sentence that founds or signs it', () => {
    const { x } = article(
      ['醫工結合是重要手段。', '在11月8日舉辦的論壇上,陜西醫工産業聯盟正式成立運行。'],
      [day('2023-11-08')],
    );
    expect(x.entities.find((e) => e.subtype === 'alliance')!.date).toMatchObject({
      value: '2023-11-08',
      label: '成立',
    });
  });

  it('scopes generic agreements to their article and merges their wordings', () => {
    const { x } = article(['双方签署全面合作战略协议。', '全面战略合作协议的签署标志着新阶段。']);
    expect(x.entities.filter((e) => e.subtype === 'agreement')).toHaveLength(1);
  });

  it('makes a centre built together a collaboration (`共建…中心`)', () => {
    const { x } = article(['未来双方将共建济宁市医学科学研究院临床医学中心。']);
    expect(x.entities.map((e) => `${e.kind}:${e.subtype}:${e.original}`)).toEqual([
      'collaboration:joint-lab:济宁市医学科学研究院临床医学中心',
      'institution:research:济宁市医学科学研究院',
    ]);
  });

  it('records places with their codes, marking those inside names', () => {
    const { x } = article(['北京中关村产业研究院与西安交通大学在秦汉新城合作。']);
    expect(x.regionMentions.map((m) => `${m.name}${m.inName ? '*' : ''}`)).toEqual([
      '北京市*',
      '中关村*',
      '西安市*',
      '秦汉新城',
    ]);
    expect(x.regionCodes).toEqual(['110000', '110108', '610100', '610404']);
  });
});
