import type { HeadHit } from './head-scan';
import { GENERIC_WORDS, GOV_DOMAINS } from './lexicon/words';
import { placeChainEnd, RELATIVE_PREFIX, type TextScan } from './scan';
import { isBoundary, wordsIn } from './segment';

/** What precedes a head: a place chain (`上海市普陀区`), then the rest (`商务`). */
export interface Qualifier {
  /** End of the place chain (== start when the name opens with no place). */
  chainEnd: number;
  rest: string;
  /** Opens with `市`/`区`/`省` or a bare `高新区`: the article's own place. */
  relative: boolean;
  /** The rest is only generic words (`医疗`, `商业`, `国内`). */
  generic: boolean;
  /** The rest is a government field (`科学技术`, `药品监督管理`). */
  domain: boolean;
}

const DOMAIN_MAX = Math.max(...[...GOV_DOMAINS].map((d) => d.length));

/** `科学技术`, `文化和旅游`, `教育文化卫生健康`: a chain of government fields (linear DP over the text). */
export function isDomainPhrase(text: string): boolean {
  if (!text || text.length > 24) return false;
  const ok = new Uint8Array(text.length + 1);
  ok[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (!ok[i]) continue;
    if (text[i] === '和' || text[i] === '与') ok[i + 1] = 1;
    for (let len = 1; len <= DOMAIN_MAX && i + len <= text.length; len++)
      if (GOV_DOMAINS.has(text.slice(i, i + len))) ok[i + len] = 1;
  }
  return ok[text.length] === 1;
}

export function readQualifier(scan: TextScan, hit: HeadHit, from = hit.start): Qualifier {
  const chainEnd = placeChainEnd(scan, from, hit.headStart);
  let relative = false;
  for (let at = from; at < chainEnd && !relative; at = scan.placeEnd(at))
    relative = scan.relativeAt.has(at);
  let restStart = chainEnd;
  const ownWord = isBoundary(scan.words, from + 1) || from + 1 === hit.headStart;
  if (chainEnd === from && ownWord && RELATIVE_PREFIX.test(scan.text.slice(from, from + 1))) {
    relative = true;
    restStart = from + 1;
  }
  const rest = scan.text.slice(restStart, hit.headStart);
  const tokens = rest ? wordsIn(scan.words, restStart, hit.headStart) : [];
  const generic = tokens.every(([s, e]) => GENERIC_WORDS.has(scan.text.slice(s, e)));
  return { chainEnd, rest, relative, generic, domain: isDomainPhrase(rest) };
}

/** True when the name opens with a place (or the article's own, `市…`). */
export const placed = (q: Qualifier, from: number) => q.chainEnd > from || q.relative;
