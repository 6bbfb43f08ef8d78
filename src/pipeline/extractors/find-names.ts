import type { EntityKind } from '../../domain';
import { escapeRegExp } from '../lib/text';
import {
  ADVISORY,
  ADVISORY_EN,
  BARE_REFERENCES,
  GENERIC_QUALIFIER,
  COLLAB_SUFFIXES_EN,
  COLLAB_SUFFIXES_ZH,
  INST_SUFFIXES_EN,
  INST_SUFFIXES_ZH,
  NEEDS_REGION_PREFIX,
  NOT_A_NAME,
  NOT_AN_ENDING,
  type CollabSubtype,
  type InstSubtype,
} from './lexicon';
import { extendLeftEn, extendLeftZh, extendRightEn } from './name-span';

/** A name found in one block: offsets into the block (identical in original and Simplified text). */
export interface NameHit {
  kind: Exclude<EntityKind, 'person'>;
  subtype: CollabSubtype | InstSubtype;
  start: number;
  end: number;
  /** The Simplified name (English names as written). */
  name: string;
  /** A bare `联盟` that refers back to the article's alliance (resolved in extract-article). */
  bare?: boolean;
}

type Suffix = { text: string; kind: NameHit['kind']; subtype: NameHit['subtype'] };
const table = (rows: Array<[string, string]>, kind: NameHit['kind']): Suffix[] =>
  rows.map(([text, subtype]) => ({ text, kind, subtype: subtype as NameHit['subtype'] }));
const byLength = (a: Suffix, b: Suffix) => b.text.length - a.text.length;
const ZH = [
  ...table(COLLAB_SUFFIXES_ZH, 'collaboration'),
  ...table(INST_SUFFIXES_ZH, 'institution'),
].sort(byLength);
const EN = [
  ...table(COLLAB_SUFFIXES_EN, 'collaboration'),
  ...table(INST_SUFFIXES_EN, 'institution'),
].sort(byLength);
const ZH_RE = new RegExp(ZH.map((s) => escapeRegExp(s.text)).join('|'), 'g');
const EN_RE = new RegExp(
  `\\b(?:${EN.map((s) => escapeRegExp(s.text)).join('|')})(?=$|[^A-Za-z])`,
  'gi',
);

/** Decides what a suffix match is, given its full name; null drops it. */
function classify(
  s: Suffix,
  name: string,
  startsWithRegion: (name: string) => boolean,
): Pick<NameHit, 'kind' | 'subtype'> | null {
  if (s.text === '委员会') {
    if (ADVISORY.test(name)) return { kind: 'collaboration', subtype: 'committee' };
    return startsWithRegion(name) ? { kind: 'institution', subtype: 'government' } : null;
  }
  if (NEEDS_REGION_PREFIX.has(s.text))
    return startsWithRegion(name) ? { kind: 'institution', subtype: 'government' } : null;
  if (s.text === 'Committee') {
    if (ADVISORY_EN.test(name)) return { kind: 'collaboration', subtype: 'committee' };
    return /\bManagement Committee\b/.test(name)
      ? { kind: 'institution', subtype: 'government' }
      : null;
  }
  if (s.text === '中心' && !/研究|研发|技术|创新|实验|医学|科学/.test(name))
    return { kind: 'institution', subtype: 'other' };
  return { kind: s.kind, subtype: s.subtype };
}

/** `X医院全面合作战略协议`: an agreement name opened by a party's name; the length of that party part. */
function partiesBefore(qualifier: string): number {
  let cut = 0;
  for (const [suffix] of INST_SUFFIXES_ZH) {
    const at = qualifier.lastIndexOf(suffix);
    if (at >= 0 && suffix.length > 1) cut = Math.max(cut, at + suffix.length);
  }
  return cut;
}

/** Drops hits inside a longer hit (`美德因妇儿医院` inside `美德因妇儿医院股份有限公司`). */
function outermost(hits: NameHit[]): NameHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameHit[] = [];
  for (const h of sorted) {
    const last = kept[kept.length - 1];
    if (last && h.start >= last.start && h.end <= last.end) continue;
    if (last && h.start < last.end) {
      // Overlap without containment: the one ending later holds the full name (`X协议` over `X联合实验室`).
      if (h.end > last.end && h.start <= last.start) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  return kept;
}

/**
 * Collaboration and institution names in one block of Simplified text: a known ending, extended
 * left over the name (and right over `of …` in English).
 */
export function findNames(
  simplified: string,
  startsWithRegion: (name: string) => boolean,
): NameHit[] {
  const hits: NameHit[] = [];
  for (const m of simplified.matchAll(ZH_RE)) {
    const s = ZH.find((x) => x.text === m[0])!;
    // `卫生健康委员会`, `商务委员会`: a short `…委` ending written out in full.
    const end =
      m.index +
      m[0].length +
      (m[0].endsWith('委') && simplified.startsWith('员会', m.index + m[0].length) ? 2 : 0);
    if (NOT_AN_ENDING[s.text]?.test(simplified.slice(end, end + 1))) continue;
    let start = extendLeftZh(simplified, m.index, startsWithRegion);
    if (s.subtype === 'agreement') start += partiesBefore(simplified.slice(start, m.index));
    const qualifier = simplified.slice(start, m.index);
    if (!qualifier && BARE_REFERENCES.has(s.text)) {
      hits.push({
        kind: 'collaboration',
        subtype: s.subtype,
        start: m.index,
        end,
        name: s.text,
        bare: true,
      });
      continue;
    }
    if (qualifier.length < (s.text === '中心' ? 3 : 2) || NOT_A_NAME.test(qualifier)) continue;
    if (
      s.kind === 'collaboration' &&
      s.subtype !== 'agreement' &&
      GENERIC_QUALIFIER.test(qualifier)
    )
      continue;
    // `X联合实验室协议`: the agreement sets up the lab; the lab is the collaboration.
    if (
      s.subtype === 'agreement' &&
      COLLAB_SUFFIXES_ZH.some(([suf, t]) => t !== 'agreement' && qualifier.endsWith(suf))
    )
      continue;
    const name = simplified.slice(start, end);
    const what = classify(s, name, startsWithRegion);
    if (what) hits.push({ ...what, start, end, name });
  }
  if (/[A-Za-z]{3}/.test(simplified)) {
    for (const m of simplified.matchAll(EN_RE)) {
      const s = EN.find((x) => x.text.toLowerCase() === m[0].toLowerCase())!;
      const isAgreement = s.subtype === 'agreement';
      if (!isAgreement && !/^[A-Z]/.test(m[0])) continue;
      const start = extendLeftEn(simplified, m.index, isAgreement);
      if (start === m.index) continue;
      const end = isAgreement
        ? m.index + m[0].length
        : extendRightEn(simplified, m.index + m[0].length);
      const name = simplified.slice(start, end).replace(/\s+/g, ' ');
      const what = classify(s, name, startsWithRegion);
      if (what) hits.push({ ...what, start, end, name });
    }
  }
  return outermost(hits);
}
