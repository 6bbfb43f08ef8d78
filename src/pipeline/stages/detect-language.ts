import type { Language } from '../../domain';
import type { Context } from '../context';
import type { Doc, DraftBlock } from '../doc';
import { scriptCounts, toSimplifiedRaw, toTraditionalRaw } from '../lib/chinese';

/** Script evidence of a text: Han and Latin letters, and characters OpenCC changes each way. */
interface Votes {
  han: number;
  latin: number;
  /** Changed by Traditional → Simplified: Traditional-only characters. */
  hant: number;
  /** Changed by Simplified → Traditional: Simplified-only characters. */
  hans: number;
}

function changed(a: string, b: string): number {
  let n = 0;
  // charCodeAt, not a[i]: indexing a CJK string allocates a one-character string per call.
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n + Math.abs(a.length - b.length);
}

function votesOf(text: string): Votes {
  const { han, latin } = scriptCounts(text);
  if (han === 0) return { han, latin, hant: 0, hans: 0 };
  return {
    han,
    latin,
    hant: changed(text, toSimplifiedRaw(text)),
    hans: changed(text, toTraditionalRaw(text)),
  };
}

const sum = (vs: Votes[]): Votes =>
  vs.reduce(
    (a, v) => ({
      han: a.han + v.han,
      latin: a.latin + v.latin,
      hant: a.hant + v.hant,
      hans: a.hans + v.hans,
    }),
    { han: 0, latin: 0, hant: 0, hans: 0 },
  );

/**
 * en when Latin letters outnumber Han characters two to one. Otherwise the script whose
 * distinctive characters are in the majority: Traditional text changes under t→cn, Simplified
 * under cn→t; shared characters change neither way, so only the distinctive ones vote.
 */
function decide(v: Votes): Language {
  if (v.latin > 2 * v.han) return 'en';
  return v.hant > v.hans ? 'zh-Hant' : 'zh-Hans';
}

export const languageOf = (text: string): Language => decide(votesOf(text));

/**
 * A block's own language, only where it is clearly not the article's: an English caption in a
 * Chinese article (a few words at least), Chinese in an English one, or — between the two
 * scripts — at least two distinctive characters of the other script and none of the article's.
 * Converter-damaged Traditional text mixes both and is never flagged.
 */
function blockLanguage(v: Votes, article: Language): Language | undefined {
  if (article !== 'en') return v.latin >= 12 && v.latin > 2 * v.han ? 'en' : undefined;
  if (v.han < 4 || v.han < v.latin) return undefined;
  return v.hant > v.hans ? 'zh-Hant' : 'zh-Hans';
}

function scriptFlip(v: Votes, article: Language): Language | undefined {
  if (article === 'zh-Hant' && v.hans >= 2 && v.hant === 0) return 'zh-Hans';
  if (article === 'zh-Hans' && v.hant >= 2 && v.hans === 0) return 'zh-Hant';
  return undefined;
}

/** Share of Han characters that Traditional → Simplified changes: ≥ 0.25 in Traditional text, 0 in Simplified. */
const CLEARLY_HANT = 0.1;
const CLEARLY_HANS = 0.02;

/**
 * Votes of several texts from one Traditional → Simplified conversion of their concatenation
 * (OpenCC's cost is mostly per call). The Simplified → Traditional count, the slower one, is
 * computed only where it can change a decision: for the article when its share of Traditional
 * characters is in between, and for the blocks that might be in the other script.
 */
function votesOfAll(texts: string[]): { votes: Votes[]; language: Language } {
  const joined = texts.join('\n');
  const hans = toSimplifiedRaw(joined);
  if (hans.length !== joined.length) {
    const votes = texts.map(votesOf);
    return { votes, language: decide(sum(votes)) };
  }
  let at = 0;
  const votes = texts.map((text): Votes => {
    const { han, latin } = scriptCounts(text);
    let hant = 0;
    for (let i = at; i < at + text.length; i++)
      if (hans.charCodeAt(i) !== joined.charCodeAt(i)) hant++;
    at += text.length + 1;
    return { han, latin, hant, hans: 0 };
  });
  const total = sum(votes);
  const share = total.han ? total.hant / total.han : 0;
  let language: Language;
  if (total.latin > 2 * total.han) language = 'en';
  else if (share >= CLEARLY_HANT) language = 'zh-Hant';
  else if (share <= CLEARLY_HANS) language = 'zh-Hans';
  else language = decide({ ...total, hans: changed(joined, toTraditionalRaw(joined)) });
  // Only these blocks can flip script; count their Simplified characters.
  for (const [i, v] of votes.entries()) {
    const maybe =
      language === 'zh-Hant' ? v.hant === 0 && v.han >= 2 : language === 'zh-Hans' && v.hant >= 2;
    if (maybe) v.hans = changed(texts[i]!, toTraditionalRaw(texts[i]!));
  }
  return { votes, language };
}

/** The article's language from its title and text, and each block's where it clearly differs. */
export function detectLanguage(doc: Doc, _ctx: Context): Doc {
  const textIndex: number[] = doc.blocks.map(() => -1);
  const texts = [doc.title ?? ''];
  doc.blocks.forEach((b, i) => {
    if (b.type === 'image') return;
    textIndex[i] = texts.length;
    texts.push(b.text);
  });
  const { votes, language } = votesOfAll(texts);
  const blocks = doc.blocks.map((b, i): DraftBlock => {
    const v = textIndex[i]! > 0 ? votes[textIndex[i]!]! : null;
    const own = v && (blockLanguage(v, language) ?? scriptFlip(v, language));
    if (own && own !== language) return { ...b, language: own };
    if (b.language === undefined) return b;
    const rest = { ...b };
    delete rest.language;
    return rest;
  });
  return { ...doc, language, blocks };
}
