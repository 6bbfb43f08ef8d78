import type { Gazetteer } from '../lib/gazetteer';
import { findRegionHits, type RegionIndex } from './regions';
import { mostSpecific, resolveRegions } from './resolve-regions';

/**
 * Match keys: one key per real thing across articles, scripts and languages. The key is built
 * from the Simplified name: the places opening it become the code of the most specific one
 * (`上海市普陀区商务委员会` and `普陀区商务委` → `@310107|商务委员会`), generic heads take one
 * spelling (`卫健委` = `卫生健康委员会`, `管委会` = `管理委员会`, company forms = `公司`), and
 * punctuation, spaces and status marks (`（筹）`) go. English names are lower-cased, `hi-tech` is
 * `high-tech`, and a trailing `of <place>` counts as the opening place.
 */
export interface KeyContext {
  index: RegionIndex;
  gazetteer: Gazetteer;
  /** Codes the article names: context for ambiguous places (`普陀区`). */
  codes: ReadonlySet<string>;
}

export interface NameKey {
  key: string;
  /** The most specific place the name opens with, when a GB/T 2260 code. */
  regionCode?: string;
  /** The name without its opening places (`商务委员会`), for short forms within an article. */
  rest: string;
}

const HEAD_SPELLINGS: Array<[RegExp, string]> = [
  [/(?:卫健委|卫生健康委(?:员会)?)$/, '卫生健康委员会'],
  [/(?:卫计委|卫生和计划生育委(?:员会)?)$/, '卫生和计划生育委员会'],
  [/(?:发改委|发展改革委(?:员会)?)$/, '发展和改革委员会'],
  [/(?:经信委)$/, '经济和信息化委员会'],
  [/管委会$/, '管理委员会'],
  [/人民政府$/, '政府'],
  [/(?:股份有限公司|有限责任公司|有限公司|股份公司)$/, '公司'],
];
/** `商务委` = `商务委员会`; party committees (`区委`, `党工委`) keep their one character. */
const SHORT_COMMITTEE = /([^区市县省州党工])委$/;

export function normaliseZh(name: string): string {
  let s = name
    .normalize('NFKC')
    .replace(/[(（](?:筹|筹备|筹建|试运行|暂定|试行)[)）]/g, '')
    .replace(/[\s·・•“”"'‘’《》〈〉「」『』()（）【】\-—_]/g, '');
  for (const [re, spelling] of HEAD_SPELLINGS) s = s.replace(re, spelling);
  return s.replace(SHORT_COMMITTEE, '$1委员会');
}

export function normaliseEn(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\bhi[- ]?tech\b/g, 'high-tech')
    .replace(/&/g, ' and ')
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\bco ltd\b|\bltd\b|\binc\b|\bcorporation\b|\bcompany\b/g, 'company')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The key of a full (relative parts resolved) name. */
export function keyOf(name: string, latin: boolean, ctx: KeyContext): NameKey {
  let text = latin ? name.replace(/\s+/g, ' ').trim() : name;
  // `Bureau of Chengdu High-tech Zone`: the trailing place opens the name.
  let trailing = '';
  const of = latin ? /\s+of\s+(?:the\s+)?([A-Z][\w'’ -]+)$/.exec(text) : null;
  if (of) {
    const hits = findRegionHits(of[1]!, ctx.index);
    if (
      hits.length &&
      hits[0]!.start === 0 &&
      hits[hits.length - 1]!.end === of[1]!.trim().length
    ) {
      trailing = of[1]!;
      text = text.slice(0, of.index);
    }
  }
  const opening = `${trailing} ${text}`.trim();
  const hits = findRegionHits(opening, ctx.index);
  let chainEnd = 0;
  const chain = [];
  for (const h of hits) {
    if (h.start > chainEnd + (latin ? 1 : 0) || h.kind === 'macro' || h.kind === 'country') break;
    chain.push(h);
    chainEnd = h.end;
  }
  const { resolved } = resolveRegions(
    chain,
    ctx.gazetteer,
    (h) => opening.slice(h.start, h.end),
    ctx.codes,
  );
  const rest = latin ? normaliseEn(opening.slice(chainEnd)) : normaliseZh(opening.slice(chainEnd));
  if (!resolved.length || !rest) {
    const whole = latin ? normaliseEn(opening) : normaliseZh(opening);
    return { key: whole, rest: whole };
  }
  const last = resolved[resolved.length - 1]!;
  const code = mostSpecific(resolved.flatMap((r) => r.codes));
  const token = last.kind === 'admin' ? mostSpecific(last.codes)! : normaliseZh(last.name);
  return { key: `@${token}|${rest}`, rest, ...(code ? { regionCode: code } : {}) };
}
