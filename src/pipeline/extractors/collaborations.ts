import { scanHeadsEn, scanHeadsZh, type HeadHit } from './head-scan';
import type { NameHit } from './hits';
import {
  ADVISORY_EN,
  ADVISORY_ZH,
  BRANCH_EN,
  HEADS_EN,
  HEADS_ZH,
  type CollabSubtype,
  type Head,
} from './lexicon/heads';
import { DOMAIN_WORDS } from './lexicon/words';
import { readQualifier } from './qualifier';
import type { TextScan } from './scan';
import { wordsIn } from './segment';

/**
 * Collaborations by head word: alliances (`…联盟`, `医联体`, `Alliance`), agreements
 * (`…战略合作协议`), joint labs, incubators, and advisory committees (`…战略咨询委员会`). An
 * alliance named only by generic words (`产业联盟`) names no particular alliance; a bare `联盟`
 * refers back to the article's one alliance.
 */
const COMMITTEE_ZH: Head = {
  text: '委员会',
  kind: 'collaboration',
  subtype: 'committee',
  needs: 'name',
};
const COMMITTEE_EN: Head = { ...COMMITTEE_ZH, text: 'Committee' };
const ZH = [...HEADS_ZH.filter((h) => h.kind === 'collaboration'), COMMITTEE_ZH];
const EN = [...HEADS_EN.filter((h) => h.kind === 'collaboration'), COMMITTEE_EN];

/** Endings that, standing alone (`加入联盟`), refer back to the article's one collaboration of that kind. */
const BARE = new Set(['联盟', '医联体', '医共体', '联合体', '孵化器', '委员会']);
/** Alliance names whose qualifier is only generic words (`产业联盟`, `医疗联盟`) name no particular alliance. */
export const GENERIC_QUALIFIER =
  /^(?:产业|医疗|医学|技术|创新|专科|战略|合作|健康|科技|行业|区域|城市|学术|协同|发展|服务|国际|全国|产学研|政产学研|医工|校企|大|新|该|此|本|这个|一个)+$/;
/** Names made only of these words (`全面合作战略协议`) are generic: scoped to their article. */
export const GENERIC_AGREEMENT =
  /^(?:全面|战略|合作|框架|深度|长期|友好|共建|协议|备忘录|strategic|cooperation|framework|comprehensive|partnership|agreements?|\s)+$/i;
const INST_ENDINGS = HEADS_ZH.filter((h) => h.kind === 'institution' && h.text.length > 1).map(
  (h) => h.text,
);

export function findCollaborations(scan: TextScan): NameHit[] {
  const out: NameHit[] = [];
  for (const h of scanHeadsZh(scan, ZH)) {
    const hit = classifyZh(scan, h);
    if (hit) out.push(hit);
  }
  for (const h of scanHeadsEn(scan, EN)) {
    const name = scan.text.slice(h.start, h.end).replace(/\s+/g, ' ');
    if (h.head === COMMITTEE_EN && (!ADVISORY_EN.test(name) || BRANCH_EN.test(name))) continue;
    out.push(hit(h, h.start, name, h.head.subtype as CollabSubtype));
  }
  return out;
}

const hit = (h: HeadHit, start: number, name: string, subtype: CollabSubtype): NameHit => ({
  kind: 'collaboration',
  subtype,
  start,
  end: h.end,
  head: h.head.text,
  name,
  latin: h.latin,
});

/** `X医院全面合作战略协议`: an agreement name opened by a party's name; where that party part ends. */
function afterParties(text: string, from: number, to: number): number {
  let cut = from;
  for (const suffix of INST_ENDINGS) {
    const at = text.lastIndexOf(suffix, to - suffix.length);
    if (at >= from) cut = Math.max(cut, at + suffix.length);
  }
  return cut;
}

function classifyZh(scan: TextScan, h: HeadHit): NameHit | null {
  const text = scan.text;
  const { head } = h;
  let start = h.start;
  if (head.subtype === 'agreement') start = afterParties(text, start, h.headStart);
  const qualifier = text.slice(start, h.headStart);
  if (!qualifier) {
    // `签署战略合作协议`: an agreement named by its kind alone is this article's (keys scope it).
    if (head.subtype === 'agreement' && head.text.length >= 4)
      return hit(h, h.headStart, head.text, 'agreement');
    if (!BARE.has(head.text)) return null;
    return { ...hit(h, h.headStart, head.text, head.subtype as CollabSubtype), bare: true };
  }
  if (head === COMMITTEE_ZH) {
    const q = readQualifier(scan, h);
    if (!ADVISORY_ZH.test(q.rest) || /专业|专门/.test(q.rest)) return null;
  }
  const bare = () =>
    BARE.has(head.text)
      ? { ...hit(h, h.headStart, head.text, head.subtype as CollabSubtype), bare: true }
      : null;
  if (qualifier.length < 2 || /^(?:相关|有关|各类|各级)/.test(qualifier)) return bare();
  if (head.subtype !== 'agreement' && GENERIC_QUALIFIER.test(qualifier)) return null;
  // `…推杆启幕联盟`: a name is made of places and domain words (`…产业技术创新联盟`), not of verbs.
  const tokens = wordsIn(scan.words, start, h.headStart).map(([a, b]) => text.slice(a, b));
  const named =
    scan.placeEnd(start) > start ||
    /[A-Za-z]/.test(qualifier) ||
    tokens.some((t) => DOMAIN_WORDS.has(t));
  if (!named) return bare();
  // `X联合实验室协议`: the agreement sets up the lab; the lab is the collaboration.
  if (
    head.subtype === 'agreement' &&
    ZH.some((o) => o.subtype !== 'agreement' && qualifier.endsWith(o.text))
  )
    return null;
  return hit(h, start, text.slice(start, h.end), head.subtype as CollabSubtype);
}
