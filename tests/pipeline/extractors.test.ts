// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { entityId, type Block } from '../../src/domain';
import { extractArticle } from '../../src/pipeline/extractors/extract-article';
import { findNames } from '../../src/pipeline/extractors/find-names';
import { findRegionHits, regionIndex, resolveRegions } from '../../src/pipeline/extractors/regions';
import { newDoc } from '../../src/pipeline/doc';
import { tinyResources } from './helpers';

const res = tinyResources({ regionGuards: new Set(['安康']), variants: new Map([['陜', '陝']]) });
const index = regionIndex(res.gazetteer, res.curation.regionGuards);
const regionsOf = (text: string) =>
  resolveRegions(findRegionHits(res.simplify(text), index), res.gazetteer);
const startsWithRegion = (name: string) => findRegionHits(name, index).some((h) => h.start === 0);
const names = (text: string) =>
  findNames(res.simplify(text), startsWithRegion).map((h) => `${h.kind[0]}:${h.subtype}:${h.name}`);

function article(paragraphs: string[], title = '标题', file = 't.txt') {
  const blocks: Block[] = paragraphs.map((text) => ({ type: 'paragraph', text }));
  const doc = { ...newDoc(file, 't', new Uint8Array()), title, blocks };
  return { blocks, x: extractArticle(doc, blocks, res) };
}

describe('regions', () => {
  it('matches full names, and short forms of provinces and cities only', () => {
    expect(regionsOf('沈阳市母婴医疗联盟在上海举行').codes).toEqual(['210100', '310000']);
    expect(regionsOf('龙华召开会议').codes).toEqual([]);
  });

  it('resolves an ambiguous district by the ancestor the text names', () => {
    expect(regionsOf('上海市普陀区举办大会').codes).toEqual(['310000', '310107']);
    expect(regionsOf('舟山市普陀区举办大会').codes).toEqual(['330900', '330903']);
    expect(regionsOf('普陀区举办大会')).toEqual({
      codes: [],
      ambiguous: ['普陀区 310107 / 普陀区 330903'],
    });
    expect(regionsOf('Shenzhen Longhua District Medical Association').codes).toEqual([
      '440300',
      '440309',
    ]);
  });

  it('takes the widest of names along one line of descent, and skips guarded words', () => {
    expect(regionsOf('吉林大学').codes).toEqual(['220000']);
    expect(regionsOf('祝大家安康').codes).toEqual([]);
    expect(regionsOf('安康市中心医院').codes).toEqual(['610900']);
  });

  it('reads Traditional text and variant characters through the Simplified key', () => {
    expect(regionsOf('陜西醫工産業聯盟').codes).toEqual(['610000']);
    expect(regionsOf('瀋陽市').codes).toEqual(['210100']);
  });
});

describe('collaboration and institution names', () => {
  it('extends left over the name and stops at verbs and particles', () => {
    expect(
      names('由美德因妇儿医院股份有限公司主办的“致爱新生——母婴大健康产业技术创新联盟战略发布会”'),
    ).toEqual(['i:company:美德因妇儿医院股份有限公司', 'c:alliance:母婴大健康产业技术创新联盟']);
    expect(names('大会上,第二批智庫專家團加入了普陀區組建成立的數智健康戰略咨詢委員會')).toEqual([
      'c:committee:数智健康战略咨询委员会',
    ]);
  });

  it('crosses 及/和/与 only into a region-led name', () => {
    expect(names('沈阳市母婴医疗及护理服务产业技术创新联盟的升级')).toEqual([
      'c:alliance:沈阳市母婴医疗及护理服务产业技术创新联盟',
    ]);
    expect(names('上海市經濟和信息化委員會、')).toEqual(['i:government:上海市经济和信息化委员会']);
    expect(names('濟寧高新區管委會與濟寧市第一人民醫院全面合作戰略協議簽約')).toEqual([
      'i:government:济宁高新区管委会',
      'i:hospital:济宁市第一人民医院',
      'c:agreement:全面合作战略协议',
    ]);
  });

  it('is not fooled by titles, verbs and generic words', () => {
    expect(names('上海市科學技術委員會副局長級干部謝文瀾')).toEqual([
      'i:government:上海市科学技术委员会',
    ]);
    expect(names('这标志着医院与高校的合作')).toEqual([]);
    expect(names('既是产业联盟，也是共同体；深度赋能联盟')).not.toContainEqual(
      expect.stringContaining('产业联盟'),
    );
    expect(names('市第一人民醫院黨委書記')).toEqual([]);
  });

  it('prefers the lab over `…实验室协议`, and reads English names', () => {
    expect(names('同濟醫院與薩婭醫創聯合簽署沿滬寧數智健康聯合實驗室協議')).toEqual([
      'i:hospital:同济医院',
      'c:joint-lab:沿沪宁数智健康联合实验室',
    ]);
    expect(
      names(
        'co-sponsored by Sichuan Tianfu Health Industry Research Institute, Chengdu Tianfu New District Medical Association and Chengdu High-tech Medical Association',
      ),
    ).toEqual([
      'i:research:Sichuan Tianfu Health Industry Research Institute',
      'i:association:Chengdu Tianfu New District Medical Association',
      'i:association:Chengdu High-tech Medical Association',
    ]);
    expect(names('Zeng Bin, Secretary-General of Chengdu Hi-tech Medical Association')).toEqual([
      'i:association:Chengdu Hi-tech Medical Association',
    ]);
    expect(names('a strategic cooperation agreement was signed')).toEqual([
      'c:agreement:strategic cooperation agreement',
    ]);
  });
});

describe('one article', () => {
  it('gives mentions that point into the original (Traditional) text', () => {
    const { blocks, x } = article([
      '活動中,普陀區生命健康產業發展聯盟納新,上海安納金醫療等10家單位加入聯盟。上海市普陀區人民政府指導。',
    ]);
    for (const m of x.mentions) {
      const e = x.entities.find((en) => en.id === m.entityId)!;
      const text = blocks[m.block]!.text.slice(m.start, m.end);
      expect(text === '聯盟' || [e.original, ...e.aliases].includes(text)).toBe(true);
    }
    const alliance = entityId('collaboration', '普陀区生命健康产业发展联盟');
    // The bare 聯盟 refers back to the one alliance the article names.
    expect(x.mentions.filter((m) => m.entityId === alliance)).toHaveLength(2);
    expect(x.entities.find((e) => e.id === alliance)).toMatchObject({
      original: '普陀區生命健康產業發展聯盟',
      zhHans: '普陀区生命健康产业发展联盟',
      regionCode: '310107',
    });
  });

  it('types a relation by the trigger in the clause, else mentioned-with', () => {
    const { x } = article([
      '3月31日，由沈阳市美德因妇儿医院股份有限公司主办的沈阳市母婴健康产业技术创新联盟发布会举行。',
      '沈阳市第一医院、沈阳市第二医院加入沈阳市母婴健康产业技术创新联盟。',
      '沈阳市中心医院和沈阳市母婴健康产业技术创新联盟都很好。',
    ]);
    expect(x.relations.map((r) => r.type)).toEqual([
      'organiser',
      'member',
      'member',
      'mentioned-with',
    ]);
    expect(x.relations[1]!.evidence).toBe(
      '沈阳市第一医院、沈阳市第二医院加入沈阳市母婴健康产业技术创新联盟。',
    );
  });

  it('scopes generic agreements to their article and merges their wordings', () => {
    const { x } = article(['双方签署全面合作战略协议。', '全面战略合作协议的签署标志着新阶段。']);
    const agreements = x.entities.filter((e) => e.subtype === 'agreement');
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.id).toBe(entityId('collaboration', 't#agreement'));
  });
});
