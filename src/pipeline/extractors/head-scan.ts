import { escapeRegExp } from '../lib/text';
import type { Head } from './lexicon/heads';
import { TITLE_ENDINGS } from './lexicon/people';
import { NOT_AN_ENDING, PARTICLES } from './lexicon/words';
import { extendLeftEn, extendLeftZh, extendRightEn } from './name-span';
import type { TextScan } from './scan';
import { isBoundary, wordStartBefore } from './segment';
import { isDomainPhrase } from './qualifier';

/** A head word found with the name it closes: `[start, end)` is the whole name, `headStart` its head. */
export interface HeadHit {
  head: Head;
  start: number;
  headStart: number;
  end: number;
  latin: boolean;
}

interface HeadTable {
  re: RegExp;
  byText: Map<string, Head>;
}

const tables = new WeakMap<Head[], HeadTable>();
function tableOf(heads: Head[], latin: boolean): HeadTable {
  let t = tables.get(heads);
  if (!t) {
    const texts = [...new Set(heads.map((h) => h.text))].sort((a, b) => b.length - a.length);
    const alt = texts.map(escapeRegExp).join('|');
    const re = latin ? new RegExp(`\\b(?:${alt})(?=$|[^A-Za-z])`, 'gi') : new RegExp(alt, 'g');
    const key = (s: string) => (latin ? s.toLowerCase() : s);
    t = { re, byText: new Map(heads.map((h) => [key(h.text), h])) };
    tables.set(heads, t);
  }
  return t;
}

/** Where a head ends a word: `大学生`, `局长`, `公司法` are other words. */
function endsWord(scan: TextScan, head: string, end: number): boolean {
  const next = scan.text.slice(end, end + 1);
  if (NOT_AN_ENDING[head]?.test(next)) return false;
  if (head.length >= 3 || !next || !/\p{Script=Han}/u.test(next) || PARTICLES.has(next))
    return true;
  // `专班|主任`: the segmenter reads `班主任`; a title after a head still ends it.
  if (TITLE_ENDINGS.some((t) => scan.text.startsWith(t, end))) return true;
  return isBoundary(scan.words, end);
}

/** Words that end in a one-character head but name nothing. */
const NOT_HEADS = new Set(
  '布局 格局 结局 当局 大局 开局 骗局 僵局 时局 赌局 饭局 战局 终局 全局 残局 危局 定局 出局 入局 败局 胜局 邮局 棋局 变局 新局 干部 全部 内部 外部 局部 北部 南部 东部 西部 中部 头部 腹部 胸部 背部 面部 脚部 腿部 底部 顶部 本部 该部 总部 细部 大部 俱部 部部 人委 评委 编委 常委 党委 主委 全队 本队 该队 球队 主队 客队 车队 排队 列队 站队 归队 入队 离队 带队 组队 领队 大队 小队 整队 插队 结队 成队 厅堂 大厅 客厅 餐厅 展厅 门厅 歌厅 舞厅 前厅 署名 签署 部署 公署 官署 举办 主办 承办 协办 创办 开办 兴办 申办 督办 包办 代办 试办 筹办 查办 法办 照办 难办 好办 怎办 首院 住院 出院 入院 医院 剧院 影院 本院 该院 我院 全院 两院 法院 大院 庭院 寺院 书院 学院 社会 公社 结社 报社 旅社 合作社'.split(
    ' ',
  ),
);

/** A one-character head inside a word (`布局`, `干部`, `球队`) ends that word only when the word is a department (`公安局`). */
function startsWord(scan: TextScan, head: string, at: number): boolean {
  if (head.length > 1 || isBoundary(scan.words, at)) return true;
  const ws = wordStartBefore(scan.words, at);
  // `管理局`, `公安局`, `外交部` are departments, `布莱克|本队` a team; `布局`, `格局`, `干部` are words.
  return (
    at - ws >= 2 ||
    isDomainPhrase(scan.text.slice(ws, at)) ||
    !NOT_HEADS.has(scan.text.slice(ws, at + 1))
  );
}

/** `…孵化器（筹）`, `…委员会(SEC)`: a status mark or an abbreviation in brackets right after a name belongs to it. */
function bracketAfter(text: string, end: number): number {
  const m = /^[(（](?:筹|筹备|筹建|试运行|[A-Z][A-Z&.]{1,9})[)）]/.exec(text.slice(end, end + 12));
  return m ? m[0].length : 0;
}

/** Chinese names by head word, extended left; `start === headStart` when nothing precedes the head. */
export function scanHeadsZh(scan: TextScan, heads: Head[], maxName?: number): HeadHit[] {
  const { re, byText } = tableOf(heads, false);
  const out: HeadHit[] = [];
  for (const m of scan.text.matchAll(re)) {
    const head = byText.get(m[0])!;
    const end = m.index + m[0].length;
    if (!endsWord(scan, head.text, end) || !startsWord(scan, head.text, m.index)) continue;
    const start = extendLeftZh(scan, m.index, maxName);
    out.push({
      head,
      start,
      headStart: m.index,
      end: end + bracketAfter(scan.text, end),
      latin: false,
    });
  }
  return out;
}

/** Lower-case words an English agreement name may carry (`strategic cooperation agreement`). */
export const AGREEMENT_WORDS_EN = new Set([
  'strategic',
  'cooperation',
  'framework',
  'comprehensive',
  'partnership',
  'cooperative',
  'collaboration',
]);

/**
 * English names by head word: capitalised words to the left (`Chengdu High-tech Medical
 * Association`), `of …` to the right (`Bureau of Chengdu High-tech Zone`). A lower-case head counts
 * only for agreements and plurals after two capitalised words (`Chengdu Science and Technology associations`).
 */
export function scanHeadsEn(scan: TextScan, heads: Head[]): HeadHit[] {
  const text = scan.text;
  if (!/[A-Za-z]{3}/.test(text)) return [];
  const { re, byText } = tableOf(heads, true);
  const out: HeadHit[] = [];
  for (const m of text.matchAll(re)) {
    const head = byText.get(m[0].toLowerCase())!;
    const agreement = head.subtype === 'agreement';
    const capital = /^[A-Z]/.test(m[0]);
    const start = extendLeftEn(text, m.index, agreement ? AGREEMENT_WORDS_EN : undefined);
    const headEnd = m.index + m[0].length;
    const end = agreement ? headEnd : extendRightEn(text, headEnd);
    // `the Bureau of Chengdu High-tech Zone`: a bare head is a name when `of …` completes it.
    if (start === m.index && (end === headEnd || !capital)) continue;
    if (!capital && !agreement && !/^(?:[A-Z][\w'’-]*\s+){2,}/.test(text.slice(start, m.index)))
      continue;
    out.push({ head, start, headStart: m.index, end, latin: true });
  }
  return out;
}
