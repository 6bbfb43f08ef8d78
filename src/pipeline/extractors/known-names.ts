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
 * `中国|银监会`) as a head word's name does.
 */
let table: NameTable | undefined;

function load(): NameTable {
  const file = new URL('../../../data/lexicon/organisations.json', import.meta.url);
  const { entries } = JSON.parse(readFileSync(file, 'utf8')) as {
    entries: Array<{ name: string; subtype: InstSubtype }>;
  };
  return new NameTable(new Map(entries.map((e) => [e.name, e.subtype])));
}

export function findKnownNames(scan: TextScan): NameHit[] {
  table ??= load();
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
    return { ...h, start, name: scan.text.slice(start, h.end) };
  });
}
