import type { NameHit } from './hits';
import type { InstSubtype } from './lexicon/heads';
import { isBoundary, type Words } from './segment';

/** The segmenter may join a name with the particle after it (`北大和|清|华`): the name still ends there. */
const JOINERS = '和与及的';

/** One lookup table for many texts: names by their first character. */
export class NameTable {
  private readonly byFirst = new Map<string, string[]>();
  constructor(private readonly names: ReadonlyMap<string, InstSubtype>) {
    for (const name of names.keys()) {
      const list = this.byFirst.get(name[0]!) ?? [];
      list.push(name);
      this.byFirst.set(name[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Does `text` hold any of the names but `except` (a cheap test before a text is read again)? */
  occursIn(text: string, except: ReadonlySet<string> = new Set()): boolean {
    for (let i = 0; i < text.length; i++) {
      const list = this.byFirst.get(text[i]!);
      if (list?.some((n) => !except.has(n) && text.startsWith(n, i))) return true;
    }
    return false;
  }

  /** Where the names stand as whole words (`新浪` is no name inside `新浪潮`); the longest name wins. */
  find(text: string, words: Words, context: string): NameHit[] {
    const out: NameHit[] = [];
    for (let i = 0; i < text.length; i++) {
      const list = this.byFirst.get(text[i]!);
      if (!list || !isBoundary(words, i) || /[A-Za-z0-9]/.test(text[i - 1] ?? '')) continue;
      const name = list.find(
        (n) =>
          text.startsWith(n, i) &&
          (isBoundary(words, i + n.length) || JOINERS.includes(text[i + n.length]!)) &&
          !/[A-Za-z0-9]/.test(text[i + n.length] ?? ''),
      );
      if (!name) continue;
      out.push({
        kind: 'institution',
        subtype: this.names.get(name)!,
        start: i,
        end: i + name.length,
        head: '',
        name,
        latin: !/\p{Script=Han}/u.test(name),
        context,
      });
      i += name.length - 1;
    }
    return out;
  }
}
