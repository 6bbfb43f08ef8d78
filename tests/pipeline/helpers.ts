import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Resources } from '../../src/pipeline/context';
import type { Doc } from '../../src/pipeline/doc';
import { loadResources } from '../../src/pipeline/build';
import { makeMatchText } from '../../src/pipeline/lib/chinese';
import { EMPTY_CURATION, type Curation } from '../../src/pipeline/lib/curation';
import { makeGazetteer, type GazetteerRow } from '../../src/pipeline/lib/gazetteer';
import { processFile } from '../../src/pipeline/run';

export const ROOT = resolve(__dirname, '../..');
export const RAW = resolve(ROOT, 'data/raw');

let cached: Resources | null = null;
/** The real curation tables and gazetteer, loaded once per test file. */
export function realResources(): Resources {
  cached ??= loadResources(
    resolve(ROOT, 'data/curation'),
    resolve(ROOT, 'data/gazetteer/regions.json'),
  ).res;
  return cached;
}

/** A tiny gazetteer in the shape of data/gazetteer/regions.json, for extractor tests. */
export const TINY_GAZETTEER: GazetteerRow[] = [
  {
    code: '310000',
    name: '上海市',
    short: '上海',
    nameEn: 'Shanghai',
    level: 'province',
    parentCode: null,
  },
  {
    code: '310107',
    name: '普陀区',
    short: '普陀',
    nameEn: 'Putuo',
    level: 'district',
    parentCode: '310000',
  },
  {
    code: '330000',
    name: '浙江省',
    short: '浙江',
    nameEn: 'Zhejiang',
    level: 'province',
    parentCode: null,
  },
  {
    code: '330900',
    name: '舟山市',
    short: '舟山',
    nameEn: 'Zhoushan',
    level: 'city',
    parentCode: '330000',
  },
  {
    code: '330903',
    name: '普陀区',
    short: '普陀',
    nameEn: 'Putuo',
    level: 'district',
    parentCode: '330900',
  },
  {
    code: '210000',
    name: '辽宁省',
    short: '辽宁',
    nameEn: 'Liaoning',
    level: 'province',
    parentCode: null,
  },
  {
    code: '210100',
    name: '沈阳市',
    short: '沈阳',
    nameEn: 'Shenyang',
    level: 'city',
    parentCode: '210000',
  },
  {
    code: '220000',
    name: '吉林省',
    short: '吉林',
    nameEn: 'Jilin',
    level: 'province',
    parentCode: null,
  },
  {
    code: '220200',
    name: '吉林市',
    short: '吉林',
    nameEn: 'Jilin',
    level: 'city',
    parentCode: '220000',
  },
  {
    code: '610000',
    name: '陕西省',
    short: '陕西',
    nameEn: 'Shaanxi',
    level: 'province',
    parentCode: null,
  },
  {
    code: '610900',
    name: '安康市',
    short: '安康',
    nameEn: 'Ankang',
    level: 'city',
    parentCode: '610000',
  },
  {
    code: '440000',
    name: '广东省',
    short: '广东',
    nameEn: 'Guangdong',
    level: 'province',
    parentCode: null,
  },
  {
    code: '440300',
    name: '深圳市',
    short: '深圳',
    nameEn: 'Shenzhen',
    level: 'city',
    parentCode: '440000',
  },
  {
    code: '440309',
    name: '龙华区',
    short: '龙华',
    nameEn: 'Longhua',
    level: 'district',
    parentCode: '440300',
  },
  {
    code: '460000',
    name: '海南省',
    short: '海南',
    nameEn: 'Hainan',
    level: 'province',
    parentCode: null,
  },
  {
    code: '460100',
    name: '海口市',
    short: '海口',
    nameEn: 'Haikou',
    level: 'city',
    parentCode: '460000',
  },
  {
    code: '460106',
    name: '龙华区',
    short: '龙华',
    nameEn: 'Longhua',
    level: 'district',
    parentCode: '460100',
  },
];

/** Resources over the tiny gazetteer and a chosen curation (empty by default). */
export function tinyResources(curation: Partial<Curation> = {}): Resources {
  const c: Curation = { ...EMPTY_CURATION, ...curation };
  return {
    curation: c,
    gazetteer: makeGazetteer(TINY_GAZETTEER),
    simplify: makeMatchText(c),
  };
}

/** Runs the cleaning preset on a string; throws with the reason if the file is rejected. */
export function clean(
  text: string | Uint8Array,
  file = 'sample.txt',
  res: Resources = realResources(),
): Doc {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const r = processFile(file, bytes, res);
  if (r.status === 'rejected') throw new Error(`rejected: ${r.reason}`);
  return r.doc;
}

export const readRaw = (file: string) => readFileSync(resolve(RAW, file));

/** Whitespace normalisation used when comparing with gold text. */
export const norm = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** A converter pinyin artifact that survived (`區(qū)`). */
export const PINYIN_ARTIFACT = /\p{Script=Han}[(（][a-zü\u00e0-\u00fc\u0101-\u01dc]{1,7}[)）]/u;
/** Markup left in text. */
export const TAG = /<\/?[a-z!][^>]*>/i;
