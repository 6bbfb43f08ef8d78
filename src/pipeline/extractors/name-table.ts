import type { NameHit } from './hits';
import type { InstSubtype } from './lexicon/heads';
import { isBoundary, type Words } from './segment';

/** The segmenter may join a name with the particle after it (`北大和|清|华`): the name still ends there. */
const JOINERS = '和与及的';
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * One lookup table for many texts. For each first character, the lengths its names have (longest
 * first): a position costs a few set lookups however many names share that character (a run's
 * learned names can be thousands), so a text is read in linear time.
 */
export class NameTable {
  private readonly lengths = new Map<string, number[]>();
  constructor(private readonly names: ReadonlyMap<string, InstSubtype>) {
    for (const name of names.keys()) {
      const list = this.lengths.get(name[0]!) ?? [];
      if (!list.includes(name.length)) list.push(name.length);
      this.lengths.set(name[0]!, list);
    }
    for (const list of this.lengths.values()) list.sort((a, b) => b - a);
  }

  /** The names that start at `i`, longest first. */
  private *at(text: string, i: number): Generator<string> {
    for (const len of this.lengths.get(text[i]!) ?? []) {
      if (i + len > text.length) continue;
      const name = text.slice(i, i + len);
      if (this.names.has(name)) yield name;
    }
  }

  /** Does `text` hold any of the names but `except` (a cheap test before a text is read again)? */
  occursIn(text: string, except: ReadonlySet<string> = new Set()): boolean {
    for (let i = 0; i < text.length; i++)
      for (const name of this.at(text, i)) if (!except.has(name)) return true;
    return false;
  }

  /** Where the names stand as whole words (`新浪` is no name inside `新浪潮`); the longest name wins. */
  find(text: string, words: Words, context: string): NameHit[] {
    const out: NameHit[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!this.lengths.has(text[i]!)) continue;
      if (!isBoundary(words, i) || LATIN_OR_DIGIT.test(text[i - 1] ?? '')) continue;
      let found: string | undefined;
      for (const name of this.at(text, i)) {
        const end = i + name.length;
        if (
          (isBoundary(words, end) || JOINERS.includes(text[end]!)) &&
          !LATIN_OR_DIGIT.test(text[end] ?? '')
        ) {
          found = name;
          break;
        }
      }
      if (!found) continue;
      out.push({
        kind: 'institution',
        subtype: this.names.get(found)!,
        start: i,
        end: i + found.length,
        head: '',
        name: found,
        latin: !/\p{Script=Han}/u.test(found),
        context,
      });
      i += found.length - 1;
    }
    return out;
  }
}
