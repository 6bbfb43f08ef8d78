import { readFileSync } from 'node:fs';
import type { NameHit } from './hits';
import type { InstSubtype } from './lexicon/heads';
import { NameTable } from './name-table';
import type { TextScan } from './scan';

/**
 * Organisations the dictionary knows by a name with no head word (`新浪`, `证监会`, `北大`, `央行`):
 * data/lexicon/organisations.json, generated from CC-CEDICT by scripts/build-org-lexicon.ts. A name
 * counts only where the text's words begin and end with it (`新浪` is not read inside `新浪潮`, nor
 * `日电` in a dateline's `1日电`), and takes the places written before it (`香港|证监会`,
 * `中国|银监会`) as a head word's name does. A name as the dictionary has it carries its full name
 * (`北大` stands for `北京大学`, so both are one entity) and its English name.
 */
interface Entry {
  name: string;
  subtype: InstSubtype;
  en: string;
  full?: string;
}
let lexicon: { table: NameTable; byName: Map<string, Entry> } | undefined;

function load() {
  const file = new URL('../../../data/lexicon/organisations.json', import.meta.url);
  const { entries } = JSON.parse(readFileSync(file, 'utf8')) as { entries: Entry[] };
  return {
    table: new NameTable(new Map(entries.map((e) => [e.name, e.subtype]))),
    byName: new Map(entries.map((e) => [e.name, e])),
  };
}

/** Characters that make `网` part of another word (`网络`, `网站`, `网友`, `网民`, `网页`). */
const WEB_WORD = /[络站友民页点上速球购游]/;

/** `China Securities Regulatory Commission (CSRC)` → the name without its bracketed notes. */
const englishName = (gloss: string) => gloss.replace(/\s*\([^)]*\)/g, '').trim();

export function findKnownNames(scan: TextScan): NameHit[] {
  lexicon ??= load();
  const { table, byName } = lexicon;
  const placeBefore = new Map<number, number>();
  for (const r of scan.regions) if (!r.relative) placeBefore.set(r.end, r.start);
  const opening = (at: number) => {
    for (let p = placeBefore.get(at) ?? scan.placeStartBefore(at); p >= 0 && p < at;) {
      at = p;
      p = placeBefore.get(at) ?? scan.placeStartBefore(at);
    }
    return at;
  };
  return table.find(scan.text, scan.words, 'lexicon').map((h) => {
    const start = opening(h.start);
    // `新华|网`, `新浪|网`: a name's website is a name of its own (not `新浪|网友`, `…|网络`).
    if (scan.text[h.end] === '网' && !WEB_WORD.test(scan.text[h.end + 1] ?? '')) {
      const end = h.end + 1;
      return { ...h, start, end, name: scan.text.slice(start, end), subtype: 'media' as const };
    }
    if (start < h.start) return { ...h, start, name: scan.text.slice(start, h.end) };
    // Only the name as the dictionary has it stands for its full name (`香港证监会` is not `证监会`'s).
    const entry = byName.get(h.name)!;
    const en = englishName(entry.en);
    return {
      ...h,
      ...(entry.full ? { canonical: entry.full } : {}),
      ...(/^[A-Z]/.test(en) ? { gloss: en } : {}),
    };
  });
}
