import type { CollabSubtype, InstSubtype } from './lexicon/heads';

/**
 * What the extractors find in one Simplified text. Offsets are UTF-16 code units into that text,
 * which equal offsets into the original (lib/chinese.ts keeps lengths).
 */
export interface NameHit {
  kind: 'institution' | 'collaboration';
  subtype: InstSubtype | CollabSubtype;
  start: number;
  end: number;
  /** The head word as written (`医院`, `Association`). */
  head: string;
  /** The name in the Simplified text (English as written, spaces collapsed). */
  name: string;
  latin: boolean;
  /** Opens with `市`, `区`, a bare `高新区`: the article's own place completes it. */
  relative?: boolean;
  /** A head alone (`加入联盟`, `医院党委`): refers to the article's one entity with that head. */
  bare?: boolean;
  /** Found from context rather than a head (`上海安纳金医疗等10家单位加入…`). */
  context?: string;
  /** From the dictionary: the full name a short form stands for (`北大` → `北京大学`)… */
  canonical?: string;
  /** … and the name in English (`Peking University`). */
  gloss?: string;
}

export interface PersonHit {
  kind: 'person';
  start: number;
  end: number;
  name: string;
  /** The title as written next to the name (`副总经理`, `director`). */
  title?: string;
  /** The title's organisation ends here (`美德因妇儿医院|刘伟院长`, `中国工程院|院士顾晓松`), if named. */
  orgEndsAt?: number;
  /** … or starts here (`director of |Biological Industry Development Bureau`). */
  orgStartsAt?: number;
  /** Earlier posts in a list of titles (`高新区管委会副主任、科技创新局局长罗会涛`): where each organisation ends. */
  posts?: Array<{ orgEndsAt: number; title: string }>;
  /** A government post of a place (`普陀区副区长`): the place, whose government the person belongs to. */
  placeOf?: { start: number; end: number };
}

export type Hit = NameHit | PersonHit;
