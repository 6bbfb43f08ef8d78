import { pinyin } from 'pinyin-pro';
import type { Random } from './random';
import { isoDate, isoTime, type Story } from './story';
import { brokenConverter, fillerEn, spamLine, traditional } from './text';

export type Shape = 'hexo-html' | 'portal-hant' | 'hospital-hant' | 'cri-hant' | 'english';
export const SHAPES: Shape[] = ['hexo-html', 'portal-hant', 'hospital-hant', 'cri-hant', 'english'];

export interface Rendered {
  text: string;
  language: 'zh-Hans' | 'zh-Hant' | 'en';
  title: string;
  publishedAt: string | null;
  spamLines: number;
}

const PROXY = 'https://cors.example-proxy.workers.dev/?';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ORDINAL = (n: number) => (n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`);

function rfc1123(s: Story): string {
  const p = s.published;
  const day = DAYS[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()];
  return `${day}, ${String(p.d).padStart(2, '0')} ${MONTHS[p.m - 1]} ${p.y} ${isoTime(p)} GMT`;
}

function hexo(s: Story): Rendered {
  const img = (n: number) =>
    `<p style="text-align:center"><img src="${PROXY}http://images.example.com/Upload/${s.published.y}/${n}.png" title="${s.title}" alt="${s.title}" referrerpolicy="no-referrer"></p>`;
  const ps = s.paragraphs.map(
    (p, i) => `<p style="text-indent: 2em;">${p}</p>${i % 2 === 0 ? img(i) : ''}`,
  );
  const text = [
    '',
    '---',
    `title: '${s.title}'`,
    'categories: ',
    ' - 新闻',
    `headimg: '${PROXY}http://images.example.com/Upload/head.png'`,
    'author: 高科技行业门户',
    'comments: false',
    `date: ${rfc1123(s)}`,
    '---',
    '',
    `<div>   \n<p><strong>${s.title}</strong></p>${ps.join('')}\n</div>`,
    '',
  ].join('\n');
  return {
    text,
    language: 'zh-Hans',
    title: s.title,
    publishedAt: isoDate(s.published),
    spamLines: 0,
  };
}

function portal(s: Story, random: Random): Rendered {
  const conv = (t: string) => brokenConverter(t, random);
  const spam = random.chance(0.7);
  const lines = [
    ...(spam ? [spamLine(random), ''] : []),
    traditional(s.province.short),
    '',
    `首頁>地方頻道>${traditional(s.province.short)}>要聞`,
    '',
    conv(s.title),
    '',
    ...s.paragraphs.flatMap((p, i) => [
      `  ${conv(p)}`,
      '',
      ...(i === 1 ? [conv(`${s.collaboration.name}成立现场`), ''] : []),
    ]),
    '聲明:本媒體部分圖片、文章來源于網絡,版權歸原作者所有,如有侵權,請聯系刪除:025-84707368。',
    String(random.int(100, 9999)),
    '收藏',
    '分享',
  ];
  return {
    text: lines.join('\n'),
    language: 'zh-Hant',
    title: traditional(s.title),
    publishedAt: null,
    spamLines: spam ? 1 : 0,
  };
}

function hospital(s: Story, random: Random): Rendered {
  const conv = (t: string) => brokenConverter(t, random);
  const site = conv(s.collaboration.founder.name);
  const lines = [
    `• 歡迎訪問${site}官方網站`,
    '',
    '    新聞中心',
    '',
    '    ?',
    `    ${conv(s.title)}`,
    `    來源:${site}發布時間:${isoDate(s.published)}瀏覽:`,
    ...s.paragraphs.map((p) => `          ${conv(p)}`),
    '     ',
    '    返回頂部',
    '    ?',
    `    • 總院區:${conv(s.city.name)}健康路${random.int(1, 300)}號`,
    `    • 24小時服務電話:0${random.int(100, 999)}-${random.int(1000000, 9999999)}`,
    '    • 微信服務號',
    '',
    '    • 微信訂閱號',
    '',
    '    • 抖音號',
    '',
    `    Copyright ? 2019 www.example-mirror.com. All rights reserved. ${site}版權所有`,
    `    魯ICP備${random.int(10000000, 99999999)}號-2 技術支持:啟航網絡`,
    `    ${spamLine(random)}`,
  ];
  return {
    text: lines.join('\n'),
    language: 'zh-Hant',
    title: traditional(s.title),
    publishedAt: isoDate(s.published),
    spamLines: 1,
  };
}

function cri(s: Story, _random: Random): Rendered {
  const t = traditional;
  const lines = [
    t(s.title),
    `${isoDate(s.published)} ${isoTime(s.published)}來源:中央廣電總臺國際在線編輯:${t(s.person)}責編:高崗`,
    '',
    ...s.paragraphs.flatMap((p, i) => [
      `  ${t(p)}`,
      '',
      ...(i === 0
        ? [`${t(s.title)}_fororder_圖片1`, '', t(`${s.collaboration.name}成立仪式现场`), '']
        : []),
    ]),
    '國際在線版權與信息産品內容銷售的聲明',
    '',
    '1、“國際在線”由中國國際廣播電臺主辦。經中國國際廣播電臺授權,國廣國際在線網絡(北京)有限公司獨家負責“國際在線”網站的市場經營。',
    '',
    '2、凡本網註明“來源:國際在線”的所有信息內容,未經書面授權,任何單位及個人不得轉載、摘編、複製或利用其他方式使用。',
  ];

  return {
    text: lines.join('\n'),
    language: 'zh-Hant',
    title: t(s.title),
    publishedAt: isoDate(s.published),
    spamLines: 0,
  };
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** 黄平明 → Huang Pingming, the order English news uses for Chinese names. */
const personEn = (zh: string) => {
  const [family = '', ...given] = pinyin(zh, { toneType: 'none', type: 'array' });
  return `${cap(family)} ${cap(given.join(''))}`;
};

function english(s: Story, random: Random): Rendered {
  const c = s.collaboration;
  const title = `${c.nameEn} established in ${s.city.nameEn}`;
  const lines = [
    title,
    `Author:党群服务与组织管理  Addtime:${isoDate(s.published)}`,
    '',
    `On the afternoon of ${MONTHS_LONG[s.event.m - 1]} ${ORDINAL(s.event.d)}, ${s.event.y}, the ${c.nameEn} was founded in ${s.city.nameEn}, initiated by ${c.founder.nameEn}.`,
    '',
    `${c.members
      .slice(1)
      .map((m) => m.nameEn)
      .join(', ')} joined the ${c.nameEn} as members.`,
    '',
    '',
    `${personEn(s.person)}, director of ${c.founder.nameEn}`,
    '',
    '',
    ...fillerEn(random, 2).flatMap((p) => [p, '']),
  ];
  return {
    text: lines.join('\n'),
    language: 'en',
    title,
    publishedAt: isoDate(s.published),
    spamLines: 0,
  };
}

export const RENDER: Record<Shape, (s: Story, r: Random) => Rendered> = {
  'hexo-html': hexo,
  'portal-hant': portal,
  'hospital-hant': hospital,
  'cri-hant': cri,
  english,
};
