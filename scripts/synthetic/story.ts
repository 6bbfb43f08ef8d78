import type { Collaboration, GazetteerRow, Institution } from './population';
import type { Random } from './random';
import { filler } from './text';

/** The facts one synthetic article reports; each shape renders them differently. */
export interface Story {
  collaboration: Collaboration;
  city: GazetteerRow;
  province: GazetteerRow;
  published: { y: number; m: number; d: number; hh: number; mm: number; ss: number };
  event: { y: number; m: number; d: number };
  person: string;
  title: string;
  paragraphs: string[];
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
];
const GIVEN = [
  '伟',
  '芳',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
];
const pad = (n: number) => String(n).padStart(2, '0');

export function makeStory(
  collaboration: Collaboration,
  regions: Map<string, GazetteerRow>,
  random: Random,
): Story {
  const city = regions.get(collaboration.regionCode)!;
  const province = regions.get(city.parentCode ?? city.code)!;
  const y = random.int(2018, 2025);
  const m = random.int(1, 12);
  const d = random.int(1, 28);
  const lag = random.int(0, 3);
  const published = {
    y,
    m,
    d: Math.min(28, d + lag),
    hh: random.int(8, 20),
    mm: random.int(0, 59),
    ss: random.int(0, 59),
  };
  const person =
    random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.5) ? random.pick(GIVEN) : '');
  const { founder, members } = collaboration;
  const others = members.filter((x: Institution) => x !== founder);
  const verb =
    collaboration.subtype === 'alliance'
      ? '正式成立'
      : collaboration.subtype === 'joint-lab'
        ? '揭牌成立'
        : '签约';
  const title = `${collaboration.name}${verb}`;
  const lead =
    collaboration.subtype === 'agreement'
      ? `${m}月${d}日，${founder.name}与${others.map((x) => x.name).join('、')}在${city.name}签署${collaboration.name}。`
      : `${m}月${d}日，由${founder.name}牵头发起的${collaboration.name}在${city.name}${verb}。`;
  const join =
    collaboration.subtype === 'agreement'
      ? `${founder.name}院长${person}表示，双方将在科研合作、人才培养等方面开展全方位合作。`
      : `${others.map((x) => x.name).join('、')}等${others.length}家单位加入${collaboration.name}。${founder.name}${person}代表主办方致辞。`;
  const paragraphs = [lead, ...filler(random, 1), join, ...filler(random, random.int(1, 3))];
  return {
    collaboration,
    city,
    province,
    published,
    event: { y, m, d },
    person,
    title,
    paragraphs,
  };
}

export const isoDate = (x: { y: number; m: number; d: number }) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
export const isoTime = (x: Story['published']) => `${pad(x.hh)}:${pad(x.mm)}:${pad(x.ss)}`;
