import type { Random } from './random';

export interface GazetteerRow {
  code: string;
  name: string;
  short: string;
  nameEn: string;
  level: 'province' | 'city' | 'district';
  parentCode: string | null;
}

export interface Institution {
  name: string;
  nameEn: string;
  subtype: 'hospital' | 'university' | 'company' | 'government' | 'association' | 'research';
  regionCode: string;
}

export interface Collaboration {
  name: string;
  nameEn: string;
  subtype: 'alliance' | 'agreement' | 'joint-lab';
  regionCode: string;
  founder: Institution;
  members: Institution[];
}

export interface Population {
  institutions: Institution[];
  collaborations: Collaboration[];
  cities: GazetteerRow[];
}

const INSTITUTION_KINDS = [
  { zh: '第一人民医院', en: 'First People’s Hospital', subtype: 'hospital' },
  { zh: '中心医院', en: 'Central Hospital', subtype: 'hospital' },
  { zh: '中医医院', en: 'Hospital of Traditional Chinese Medicine', subtype: 'hospital' },
  { zh: '妇幼保健院', en: 'Maternal and Child Health Hospital', subtype: 'hospital' },
  { zh: '医科大学', en: 'Medical University', subtype: 'university' },
  { zh: '职业技术学院', en: 'Vocational and Technical College', subtype: 'university' },
  { zh: '生物医药有限公司', en: 'Biomedicine Co., Ltd.', subtype: 'company' },
  { zh: '医疗器械股份有限公司', en: 'Medical Devices Co., Ltd.', subtype: 'company' },
  { zh: '健康产业投资集团', en: 'Health Industry Investment Group', subtype: 'company' },
  { zh: '卫生健康委员会', en: 'Health Commission', subtype: 'government' },
  { zh: '科学技术局', en: 'Science and Technology Bureau', subtype: 'government' },
  { zh: '医学会', en: 'Medical Association', subtype: 'association' },
  { zh: '医药行业协会', en: 'Pharmaceutical Industry Association', subtype: 'association' },
  { zh: '医学科学研究院', en: 'Academy of Medical Sciences', subtype: 'research' },
] as const;

const BRANDS = [
  '康泰',
  '华瑞',
  '博远',
  '仁和',
  '瑞康',
  '启明',
  '海容',
  '天元',
  '恒安',
  '弘毅',
  '佳禾',
  '润生',
  '安泽',
  '明德',
  '同心',
  '正源',
];
const BRANDS_EN = [
  'Kangtai',
  'Huarui',
  'Boyuan',
  'Renhe',
  'Ruikang',
  'Qiming',
  'Hairong',
  'Tianyuan',
  'Heng’an',
  'Hongyi',
  'Jiahe',
  'Runsheng',
  'Anze',
  'Mingde',
  'Tongxin',
  'Zhengyuan',
];

const TOPICS = [
  { zh: '医工产业', en: 'Medical-Engineering Industry' },
  { zh: '生命健康产业', en: 'Life and Health Industry' },
  { zh: '母婴健康产业技术创新', en: 'Maternal and Infant Health Technology Innovation' },
  { zh: '智慧医疗', en: 'Smart Healthcare' },
  { zh: '中医药传承创新', en: 'TCM Heritage and Innovation' },
  { zh: '生物医药', en: 'Biomedicine' },
  { zh: '康复医学专科', en: 'Rehabilitation Medicine Specialty' },
  { zh: '医疗器械创新', en: 'Medical Device Innovation' },
] as const;

/** A population of institutions and collaborations across every province, so entities recur. */
export function buildPopulation(regions: GazetteerRow[], random: Random, size: number): Population {
  const cities = regions.filter((r) => r.level === 'city');
  const institutions: Institution[] = [];
  const seen = new Set<string>();
  const count = Math.max(60, Math.round(size * 0.6));
  for (let i = 0; institutions.length < count && i < count * 4; i++) {
    const city = cities[i % cities.length]!;
    const kind = random.pick(INSTITUTION_KINDS);
    const brandIndex = random.int(0, BRANDS.length - 1);
    const branded = kind.subtype === 'company';
    const name = `${city.name}${branded ? BRANDS[brandIndex] : ''}${kind.zh}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const nameEn = `${city.nameEn} ${branded ? `${BRANDS_EN[brandIndex]} ` : ''}${kind.en}`;
    institutions.push({ name, nameEn, subtype: kind.subtype, regionCode: city.code });
  }
  const byRegion = new Map<string, Institution[]>();
  for (const inst of institutions) {
    const province = `${inst.regionCode.slice(0, 2)}0000`;
    byRegion.set(province, [...(byRegion.get(province) ?? []), inst]);
  }
  const collaborations: Collaboration[] = [];
  const collabCount = Math.max(20, Math.round(size * 0.15));
  for (let i = 0; i < collabCount; i++) {
    const city = cities[(i * 7) % cities.length]!;
    const local = byRegion.get(`${city.code.slice(0, 2)}0000`) ?? institutions;
    const pool = local.length >= 3 ? local : institutions;
    const topic = random.pick(TOPICS);
    const kind = random.pick([
      'alliance',
      'alliance',
      'alliance',
      'agreement',
      'joint-lab',
    ] as const);
    const zhKind =
      kind === 'alliance' ? '联盟' : kind === 'joint-lab' ? '联合实验室' : '战略合作协议';
    const enKind =
      kind === 'alliance'
        ? 'Alliance'
        : kind === 'joint-lab'
          ? 'Joint Laboratory'
          : 'Strategic Cooperation Agreement';
    const members = random.sample(pool, random.int(2, 5));
    collaborations.push({
      name: `${city.short}${topic.zh}${zhKind}`,
      nameEn: `${city.nameEn} ${topic.en} ${enKind}`,
      subtype: kind,
      regionCode: city.code,
      founder: members[0]!,
      members,
    });
  }
  return { institutions, collaborations, cities };
}
