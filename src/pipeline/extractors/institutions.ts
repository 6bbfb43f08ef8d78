import { scanHeadsEn, scanHeadsZh, type HeadHit } from './head-scan';
import type { NameHit } from './hits';
import {
  ADVISORY_EN,
  ADVISORY_ZH,
  BRANCH_EN,
  GOVERNMENT_COMMITTEE_EN,
  HEADS_EN,
  HEADS_ZH,
  type Head,
  type InstSubtype,
} from './lexicon/heads';
import { STOP_WORDS } from './lexicon/words';
import { placed, readQualifier } from './qualifier';
import type { TextScan } from './scan';
import { brandName } from './trade-names';
import { isBoundary, wordStartBefore } from './segment';

/**
 * Institutions by head word (`…医院`, `…管委会`, `… Association`), extended left over the name.
 * What the words before the head must be depends on the head: a place for party committees
 * (`普陀区委`), a place or a government field for departments (`沈阳市科学技术局`, `科技局`), and
 * for the rest anything but generic words (`商业银行` names no bank, `北京银行` does).
 */
const ZH = HEADS_ZH.filter((h) => h.kind === 'institution');
const EN = HEADS_EN.filter((h) => h.kind === 'institution');
const TRADE: Head[] =
  '地产 置业 控股 实业 科技 电子 电器 软件 网络 汽车 航空 电信 石油 石化 能源 电力 钢铁 重工 食品 百货 影业 娱乐 药业 制药 物流 快递 乳业 期货 租赁 担保 城投 游戏 互动 传媒 文化'
    .split(' ')
    .map((text) => ({ text, kind: 'institution', subtype: 'company', needs: 'name' }) as Head);

/** Heads that, alone, refer back to the article's one such institution (`医院党委副书记`). */
const BARE = new Set(['医院']);
/** Heads that are a whole name by themselves. */
const COMPLETE = new Set(['国务院', '新华社']);
/**
 * `戴窑镇政府`, `长丰街道办`: a town or street office is a place below the district; a name ending
 * in `省/市/区/县` is a place even when the gazetteer does not have it (new or renamed divisions).
 */
const LOCAL_PLACE = /^[\p{Script=Han}]{1,8}(?:省|市|区|县|州|盟|旗|镇|乡|街道|村|社区)$/u;
/** `公安部经济犯罪侦查局`, `市委常委会`: a department of a government body is named with it. */
const GOV_PARENT =
  /^[\p{Script=Han}]{2,}?(?:市委|区委|县委|省委|党委|党工委|政府|委员会|国会|议院|部|局|厅|署|委|人大|政协)[\p{Script=Han}]{0,10}$/u;
const PARENT_IN_REST =
  /(?:医院|大学|学院|公司|集团|银行|分行|支行|营业部|研究院|研究所|中心|协会|学会)[\p{Script=Han}]{0,4}$/u;

/** A bare `医院` at a clause's start or after a verb refers back (`医院党委副书记`); in a list of kinds (`高校、医院`) it does not. */
function refersBack(scan: TextScan, h: HeadHit): boolean {
  const prev = scan.text.slice(wordStartBefore(scan.words, h.headStart), h.headStart);
  if (scan.text[h.end] === '、' || prev === '、') return false;
  return h.headStart === 0 || /^[，,。；;：:\s“"]$/.test(prev) || STOP_WORDS.has(prev);
}

export function findInstitutions(scan: TextScan): NameHit[] {
  const out: NameHit[] = [];
  for (const h of scanHeadsZh(scan, ZH)) {
    const hit = classifyZh(scan, h);
    if (hit) out.push(hit);
  }
  // `万科地产`, `巨人网络`, `中储粮物流`: a brand before a trade word; `新能源汽车` is no name.
  for (const h of scanHeadsZh(scan, TRADE, 6)) {
    const q = scan.text.slice(h.start, h.headStart);
    if (q.length >= 2 && q.length <= 5 && brandName(scan, h.start, h.headStart))
      out.push({ ...base(h, scan.text), context: 'trade' });
  }
  for (const h of scanHeadsEn(scan, EN)) {
    const hit = classifyEn(scan, h);
    if (hit) out.push(hit);
  }
  return out;
}

function classifyZh(scan: TextScan, h: HeadHit): NameHit | null {
  const { head } = h;
  const text = scan.text;
  // `市委`, `区委` alone: the party committee of the article's own place.
  if (h.start === h.headStart && head.needs === 'region')
    return { ...base(h, text), relative: true };
  if (h.start === h.headStart && COMPLETE.has(head.text)) return base(h, text);
  if (h.start === h.headStart)
    return BARE.has(head.text) && refersBack(scan, h) ? { ...base(h, text), bare: true } : null;
  // `研究团队`, `创业团队`: a team is named by who leads it (trade-names.ts), not by `队`.
  if (head.text === '队' && text[h.headStart - 1] === '团') return null;
  const start = h.start;
  const q = readQualifier(scan, h);
  const isPlaced = placed(q, start);
  if (head.needs === 'region') {
    const regionEnd = scan.placeEnd(start);
    const whole = regionEnd === h.headStart || regionEnd === h.headStart + 1;
    if (!whole && !(q.relative && !q.rest)) return null;
  } else if (head.needs === 'domain') {
    // Advisory committees are collaborations; judged on the words after any parent body (`基本法咨询委员会|执行委员会`).
    if (
      head.text.endsWith('委员会') &&
      ADVISORY_ZH.test(q.rest.replace(/^.*(?:委员会|院|部|局)/, ''))
    )
      return null;
    // `市第一人民医院党委`, `浙商银行信贷部`: a department; the institution is named by its own head.
    if (PARENT_IN_REST.test(q.rest)) return null;
    const ok =
      q.domain ||
      (isPlaced && (!q.rest || (q.rest.length >= 2 && !q.generic))) ||
      GOV_PARENT.test(q.rest) ||
      LOCAL_PLACE.test(q.rest);
    if (!ok) return null;
    // `科技局`, `卫健委` alone are the article's own city's (a `厅` its province's); `教育部` is national.
    if (!isPlaced && !['部', '署'].includes(head.text)) q.relative = true;
  } else {
    if (h.headStart - start < (head.min ?? 2)) return null;
    // `主队`, `客队`, `全队`: a generic character with a one-character head is no name.
    const before = h.headStart - 1;
    const inRun =
      before > 0 &&
      isBoundary(scan.words, before) &&
      wordStartBefore(scan.words, before) === before - 1;
    if (head.text.length === 1 && /[主客球全两该各其]/.test(text[before]!)) return null;
    if (head.text.length === 1 && text[before] === '本' && (!inRun || scan.nameEndsAt(before)))
      return null;
    if (!isPlaced && (!q.rest || q.generic)) return null;
    // `国家队`, `敢死队`: a team is named by a place or a name the dictionary does not know (`布莱克本队`).
    if (head.text === '队' && !isPlaced && !brandName(scan, start, h.headStart)) return null;
    if (head.text === '中心' && q.rest.length < 2 && !isPlaced) return null;
  }
  const name = text.slice(start, h.end);
  return {
    ...base(h, text),
    start,
    name,
    subtype: subtypeZh(head.text, head.subtype as InstSubtype, name),
    ...(q.relative && start === h.start ? { relative: true } : {}),
  };
}

const base = (h: HeadHit, text: string): NameHit => ({
  kind: 'institution',
  subtype: h.head.subtype,
  start: h.start,
  end: h.end,
  head: h.head.text,
  name: text.slice(h.start, h.end),
  latin: h.latin,
});

function subtypeZh(head: string, subtype: InstSubtype, name: string): InstSubtype {
  if (head === '中心') {
    if (/医疗中心|诊疗中心|卫生服务|急救/.test(name)) return 'hospital';
    if (/研究|研发|技术|创新|实验|医学|科学|工程|检测/.test(name)) return 'research';
  }
  if (head.endsWith('委员会') && /专业|专门/.test(name)) return 'association';
  return subtype;
}

function classifyEn(scan: TextScan, h: HeadHit): NameHit | null {
  const name = scan.text.slice(h.start, h.end).replace(/\s+/g, ' ');
  let subtype = h.head.subtype as InstSubtype;
  if (/^Committee$/i.test(h.head.text)) {
    if (BRANCH_EN.test(name)) subtype = 'association';
    else if (ADVISORY_EN.test(name)) return null;
    else if (!GOVERNMENT_COMMITTEE_EN.test(name)) return null;
  }
  if (
    /^Cent(?:er|re)$/i.test(h.head.text) &&
    /Research|Innovation|Technology|Engineering/.test(name)
  )
    subtype = 'research';
  return { ...base(h, scan.text), name, subtype };
}
