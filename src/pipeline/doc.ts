import type { BlockType, EventDate, Language, PartialDate, Removal } from '../domain';
import { unknownDate } from '../domain';

/** How the raw file is laid out; decides which block builder runs. */
export type Format = 'front-matter-html' | 'front-matter-text' | 'html' | 'text';

/** A block while cleaning: the domain block plus hints the cleaners need. */
export interface DraftBlock {
  type: BlockType;
  text: string;
  src?: string;
  originalSrc?: string;
  alt?: string;
  /** Plain-text lines only: the source line started with whitespace (paragraph indent). */
  indented?: boolean;
  /** Set by detect-language when the block is clearly in another language than the article. */
  language?: Language;
}

export interface StatedValue {
  name: string;
  basis: 'stated' | 'inferred' | 'curated';
}

/** The document every stage takes and returns. Stages never mutate it; they return a new one. */
export interface Doc {
  sourceFile: string;
  id: string;
  bytes: Uint8Array;
  encoding: string | null;
  /** The decoded file. */
  text: string;
  format: Format | null;
  frontMatter: Record<string, unknown>;
  /** The part after the front matter (the whole text when there is none). */
  body: string;
  /** Hints found in a full HTML page's head. */
  pageMeta: { title?: string; url?: string; siteName?: string; published?: string };
  blocks: DraftBlock[];
  removed: Removal[];
  title: string | null;
  language: Language | null;
  publishedAt: PartialDate;
  eventDates: EventDate[];
  publisher: StatedValue | null;
  author: StatedValue | null;
  /** Editor credits (`编辑：`, `責編：`), joined with `、`. */
  editor: StatedValue | null;
  sourceUrl: string | null;
}

export function newDoc(sourceFile: string, id: string, bytes: Uint8Array): Doc {
  return {
    sourceFile,
    id,
    bytes,
    encoding: null,
    text: '',
    format: null,
    frontMatter: {},
    body: '',
    pageMeta: {},
    blocks: [],
    removed: [],
    title: null,
    language: null,
    publishedAt: unknownDate(),
    eventDates: [],
    publisher: null,
    author: null,
    editor: null,
    sourceUrl: null,
  };
}
