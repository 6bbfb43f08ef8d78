import { clauseSpans } from '../lib/text';
import { Coverage } from './coverage';
import type { NameHit, PersonHit } from './hits';
import { SURNAMES } from './lexicon/people';
import { GENERIC_WORDS, PARTICLES, STOP_WORDS } from './lexicon/words';
import type { TextScan } from './scan';
import { wordsIn } from './segment';

/**
 * Institutions named without a head word (`上海安纳金医疗`, `萨娅医创`, `普陀城投`), read from the
 * roles they play: items of a list closed by `等N家单位`, the parties before `签署`/`加入`/`为…揭牌`,
 * the partner after `与…合作`, the employer before a person and title (`台美家产后护理张爽总经理`),
 * a team led by a person (`顾晓松院士率领的研究团队`), and in English `organised by X`.
 */
const LIST_END =
  /^等(?:[0-9一二三四五六七八九十百几多]+(?:家|个|所|支))?(?:单位|企业|机构|公司|医院|高校|院校|成员|银行|券商|基金|保险公司|球队|俱乐部|部门|媒体|网站|运营商|厂商|开发商|房企|药企|车企)/;
const ACTS = /(?:联合|共同|正式)?(?:签署|签订|签约|加入|揭牌|共建|启动|发起)/;
const PARTNER = /(?:与|同|和)([^，。；、与同和]{2,14}?)(?:签约|签署|签订|合作|共建|联合)/g;
const SPLIT = new Set(['、', '与', '及', '和', '同', '以及', '暨']);
const INDUSTRY =
  /(?:医疗|软件|科技|生物|医药|药业|制药|城投|控股|健康|医创|网络|信息|传媒|资本|创投|电子|智能|数据|护理|医美|检测|器械|基因|影像|康复|养老|物流|置业|实业|股份)$/;
const TEAM =
  /^(?:院士|教授|博士|研究员|主任)?(?:率领|领衔|带领|牵头)的(?:[\p{Script=Han}]{0,6})团队/u;
const BY_EN =
  /\b(?:organi[sz]ed|sponsored|hosted|undertaken|undertook|supported|initiated|operated|launched)\s+by\s+((?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|&))*)/g;

export function findTradeNames(scan: TextScan, names: NameHit[], people: PersonHit[]): NameHit[] {
  const text = scan.text;
  const byNames = new Coverage(text.length, names);
  const byPeople = new Coverage(text.length, people);
  const out: NameHit[] = [];
  const add = (s: number, e: number, context: string, subtype: NameHit['subtype'] = 'company') => {
    while (s < e && /[\s“"]/.test(text[s]!)) s++;
    while (e > s && /[\s”"]/.test(text[e - 1]!)) e--;
    if (e - s < 2 || byNames.overlaps(s, e) || (context !== 'team' && byPeople.overlaps(s, e)))
      return;
    const name = text.slice(s, e);
    if (context !== 'team' && !brandish(scan, s, e)) return;
    out.push({
      kind: 'institution',
      subtype,
      start: s,
      end: e,
      head: '',
      name,
      latin: !/\p{Script=Han}/u.test(name),
      context,
    });
    byNames.add(s, e);
  };
  for (const [cs, ce] of clauseSpans(text)) {
    const clause = text.slice(cs, ce);
    const listEnd = clause.search(/等/);
    if (listEnd > 0 && LIST_END.test(clause.slice(listEnd)))
      items(scan, cs, cs + listEnd, add, 'list');
    const act = ACTS.exec(clause);
    if (act) {
      const subjectEnd = cs + (/为/.exec(clause.slice(0, act.index))?.index ?? act.index);
      items(scan, cs, subjectEnd, add, 'party');
    }
    for (const m of clause.matchAll(PARTNER)) {
      const s = cs + m.index + m[0].indexOf(m[1]!);
      add(s, s + m[1]!.length, 'partner');
    }
  }
  const nameEnds = new Set(names.map((n) => n.end));
  for (const p of people) {
    if (p.orgEndsAt === p.start && /\p{Script=Han}/u.test(p.name)) {
      let s = p.start;
      while (s > 0 && !/[\s，,、。；;：:（(“"]/.test(text[s - 1]!)) s--;
      if (!nameEnds.has(p.start)) add(s, p.start, 'employer');
    }
    const team = TEAM.exec(text.slice(p.end, p.end + 20));
    if (team) add(p.start, p.end + team[0].length, 'team', 'research');
  }
  for (const m of text.matchAll(BY_EN)) {
    const s = m.index + m[0].length - m[1]!.length;
    add(s, s + m[1]!.replace(/\s+(?:of|and|&)$/, '').length, 'by');
  }
  return out;
}

/** The items of a list in `[from, to)`: split at the words `、`, `与`, `及`, `和`, `同`. */
function items(
  scan: TextScan,
  from: number,
  to: number,
  add: (s: number, e: number, c: string) => void,
  context: string,
) {
  let s = from;
  for (const [a, b] of wordsIn(scan.words, from, to)) {
    if (!SPLIT.has(scan.text.slice(a, b))) continue;
    add(s, a, context);
    s = b;
  }
  add(s, to, context);
}

/** A name-like span: a place, an unknown word (characters the dictionary did not join) or a trade word. */
export function brandish(scan: TextScan, s: number, e: number): boolean {
  const name = scan.text.slice(s, e);
  if (/[^\p{Script=Han}A-Za-z0-9·&' -]/u.test(name)) return false;
  if (/^[A-Z]/.test(name)) return e - s >= 4 && e - s <= 60;
  if (e - s > 14) return false;
  const tokens = wordsIn(scan.words, s, e).map(([a, b]) => scan.text.slice(a, b));
  if (tokens.some((t) => STOP_WORDS.has(t))) return false;
  if (tokens.every((t) => GENERIC_WORDS.has(t))) return false;
  if (scan.placeEnd(s) === e) return false;
  if (e - s <= 3 && SURNAMES.has(name[0]!)) return false;
  return brandName(scan, s, e) || INDUSTRY.test(name);
}

/** A place and more (`上海安纳金`), two or more characters the dictionary does not join (`萨|娅`), or capitals. */
export function brandName(scan: TextScan, s: number, e: number): boolean {
  const name = scan.text.slice(s, e);
  if (/^[A-Z][A-Za-z0-9&]+$/.test(name)) return true;
  const tokens = wordsIn(scan.words, s, e).map(([a, b]) => scan.text.slice(a, b));
  if (
    tokens.some((t) => STOP_WORDS.has(t) || PARTICLES.has(t)) ||
    tokens.every((t) => GENERIC_WORDS.has(t))
  )
    return false;
  const placeEnd = scan.placeEnd(s);
  if (placeEnd > s && placeEnd < e - 1) return true;
  let singles = 0;
  for (const t of tokens) {
    singles = t.length === 1 && /\p{Script=Han}/u.test(t) ? singles + 1 : 0;
    if (singles >= 2) return true;
  }
  return false;
}
