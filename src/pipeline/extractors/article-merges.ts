import type { Occurrence } from './article-occurrences';
import type { NameKey } from './entity-keys';
import { JOINTLY_BUILT } from './lexicon/triggers';

/** `共建…中心`, or `…中心揭牌` in a sentence that also signs something. */
export function jointlyBuilt(text: string, o: Occurrence): boolean {
  if (JOINTLY_BUILT.test(text.slice(Math.max(0, o.start - 6), o.start))) return true;
  const sentence = text.slice(Math.max(0, o.start - 80), o.end + 80).split(/[。！？!?]/);
  const around = sentence.find((s) => s.includes(text.slice(o.start, o.end))) ?? '';
  return /^揭牌/.test(text.slice(o.end, o.end + 2)) && /签约|签署|签订|协议/.test(around);
}

/** Within an article: a short form keys as the one full form it abbreviates. */
export function mergeShortForms(keys: Map<Occurrence, NameKey & { full: string }>) {
  const all = [...new Set([...keys.values()].map((k) => k.key))];
  const placed = (rest: string) => all.filter((k) => k.startsWith('@') && k.endsWith(`|${rest}`));
  const brand = (k: string) => k.replace(/公司$/, '');
  const rename = new Map<string, string>();
  for (const k of all) {
    if (k.includes('#')) continue;
    const rest = k.startsWith('@') ? k.slice(k.indexOf('|') + 1) : k;
    const withPlace = k.startsWith('@') ? [] : placed(rest).concat(placed(`${rest}公司`));
    if (withPlace.length === 1) {
      rename.set(k, withPlace[0]!);
      continue;
    }
    // `美德因股份公司` → `美德因妇儿医院股份有限公司`; `美德因妇儿医院` → the company that runs it.
    const longer = all.filter(
      (o) =>
        o !== k &&
        o.endsWith('公司') &&
        brand(o).startsWith(brand(k)) &&
        (brand(o).length > brand(k).length || !k.endsWith('公司')),
    );
    if (longer.length === 1 && brand(k).length >= 2) rename.set(k, longer[0]!);
  }
  for (const k of keys.values()) {
    const to = rename.get(k.key);
    if (to) k.key = rename.get(to) ?? to;
  }
}
