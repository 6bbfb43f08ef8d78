import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './helpers';

/** The parts of data/gold/seeds.json the pipeline tests read. Gold is read by tests only. */
export interface GoldArticle {
  id: string;
  title: { as_in_source: string; clean: string };
  language: { code: string };
  publication_date: { value: string | null };
  event_dates: Array<{ value: string | null; partial?: string; inferred_value?: string }>;
  cleanliness: {
    spam_lines: Array<{ starts_with: string }>;
    body_paragraphs: Array<{ n: number; text_clean: string; duplicate_of?: unknown }>;
    text_defects: { other: Array<{ found?: string; repair?: string }> };
  };
}

export const GOLD = (
  JSON.parse(readFileSync(resolve(ROOT, 'data/gold/seeds.json'), 'utf8')) as {
    articles: GoldArticle[];
  }
).articles;
export const seedFile = (g: GoldArticle) => `${g.id}.txt`;
