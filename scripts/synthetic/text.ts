import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Random } from './random';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Simplified → Traditional as the broken converters in the wild do it: some characters that
 * changed keep their tone-marked pinyin in parentheses after them (`区` → `區(qū)`).
 */
export function brokenConverter(text: string, random: Random, rate = 0.35): string {
  const hant = toHant(text);
  let out = '';
  for (let i = 0; i < hant.length; i++) {
    const ch = hant[i]!;
    out += ch;
    if (ch !== text[i] && random.chance(rate))
      out += `(${pinyin(text[i]!, { toneType: 'symbol' })})`;
  }
  return out;
}

export const traditional = (text: string) => toHant(text);

// The shape of injected SEO spam seen in the wild: short porn/gambling keyword phrases.
const SPAM_WORDS = [
  '亚洲无码中文字幕',
  '一区二区三区',
  '特级毛片在线观看',
  '国产高清无码视频',
  '人妻精品导航',
  '深夜激情',
  '自拍另类',
  'AV在线',
  '日韩精品',
  '在线观看免费',
  '久久精品',
  '欧美性爱',
  '真人娱乐城',
  '百家乐网站',
  '澳门博彩',
  '六合彩开奖',
];

export function spamLine(random: Random): string {
  const sep = random.pick(['|', ',', ' ', '，']);
  const n = random.int(5, 10);
  const parts = Array.from(
    { length: n },
    () => random.pick(SPAM_WORDS) + (random.chance(0.3) ? String(random.int(1, 99)) : ''),
  );
  return parts.join(sep);
}

const FILLER = [
  '健康是每一个人都关注、都重视的话题，推进地方卫生健康体系建设，为人民群众提供全方位全周期健康服务。',
  '与会嘉宾围绕产业协同、成果转化和人才培养等议题展开深入交流，共同探讨行业高质量发展路径。',
  '近年来，当地着力推进大健康产业集聚发展，一批重大项目相继落地，初步形成资源共享、优势互补的产业生态。',
  '下一步，各方将在平台共建、人才引育、成果转化等方面深化合作，努力实现资源共享、协同创新、合作共赢。',
  '活动现场还举行了项目签约和专家聘书颁发仪式，多家企业代表分享了创新实践经验。',
  '据介绍，该平台将整合高校、医院、研究院所、投资机构等多方资源，打造连接各方的桥梁和纽带。',
];

export function filler(random: Random, n: number): string[] {
  return random.sample(FILLER, n);
}

const FILLER_EN = [
  'The participants had full exchanges on cooperation between the two places, personnel training and the transformation of scientific and technological achievements.',
  'In recent years the region has promoted the clustering of the health industry, and a number of major projects have landed one after another.',
  'The platform will integrate resources from universities, hospitals, research institutes and investment institutions.',
  'Delegates agreed to strengthen overall planning and focus on key tasks to promote innovation to a new level.',
];

export function fillerEn(random: Random, n: number): string[] {
  return random.sample(FILLER_EN, n);
}
