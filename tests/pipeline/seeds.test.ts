// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/build';
import { stripPinyin } from '../../src/pipeline/lib/pinyin';
import { GOLD, seedFile } from './gold';
import { clean, norm, PINYIN_ARTIFACT, RAW, readRaw, realResources, TAG } from './helpers';

const outcome = runPipeline(RAW, realResources());
const summaryOf = (id: string) => outcome.index.articles.find((a) => a.id === id)!;
const bodyOf = (id: string) => outcome.bodies.find((b) => b.id === id)!;
/** The cleaned doc, for fields the dataset builder may not ship yet. */
const docOf = (file: string) => clean(readRaw(file), file);

describe('seed articles against the gold annotation', () => {
  it('writes every seed and rejects none', () => {
    expect(outcome.files.map((f) => [f.file, f.status])).toEqual(
      GOLD.map((g) => [seedFile(g), 'written']),
    );
  });

  describe.each(GOLD.map((g) => [g.id, g] as const))('%s', (id, gold) => {
    it('has the gold title (clean, or as in the source once pinyin artifacts are gone)', () => {
      const accepted = [gold.title.clean, stripPinyin(gold.title.as_in_source).text];
      expect(accepted).toContain(summaryOf(id).title);
    });

    it('has the stated publication date, and none where the page states none', () => {
      expect(summaryOf(id).publishedAt.value).toBe(gold.publication_date.value);
    });

    it('detects the language', () => {
      expect(summaryOf(id).language).toBe(gold.language.code);
    });

    it('keeps no spam line in any block, and records each as a spam removal', () => {
      const body = bodyOf(id);
      for (const spam of gold.cleanliness.spam_lines) {
        expect(body.blocks.some((b) => norm(b.text).startsWith(spam.starts_with))).toBe(false);
        expect(
          body.removed.some((r) => r.kind === 'spam' && norm(r.text).startsWith(spam.starts_with)),
        ).toBe(true);
      }
    });

    it('leaves no converter pinyin artifact and no markup in any block', () => {
      for (const b of bodyOf(id).blocks) {
        expect(b.text).not.toMatch(PINYIN_ARTIFACT);
        expect(b.text).not.toMatch(TAG);
      }
      expect(summaryOf(id).title).not.toMatch(PINYIN_ARTIFACT);
    });

    it('contains every gold body paragraph as a paragraph block', () => {
      const paragraphs = new Set(
        bodyOf(id)
          .blocks.filter((b) => b.type === 'paragraph')
          .map((b) => norm(b.text)),
      );
      const missing = gold.cleanliness.body_paragraphs
        .filter((p) => !p.duplicate_of && !paragraphs.has(norm(p.text_clean)))
        .map((p) => p.n);
      expect(missing).toEqual([]);
    });

    it('removes each paragraph the page repeated, as a duplicate', () => {
      const body = bodyOf(id);
      for (const p of gold.cleanliness.body_paragraphs.filter((x) => x.duplicate_of)) {
        const copies = body.blocks.filter((b) => norm(b.text) === norm(p.text_clean));
        expect(copies).toEqual([]);
        expect(body.removed).toContainEqual(
          expect.objectContaining({ kind: 'duplicate', rule: 'repeated-paragraph' }),
        );
      }
    });

    it('dates its events like the gold (year-less where the page gives no year, unless curated)', () => {
      const values = summaryOf(id).eventDates.map((d) => d.value);
      for (const e of gold.event_dates)
        expect(values).toContain(e.value ?? e.inferred_value ?? e.partial);
    });
  });

  it('shows seed 001 as undated but its event as the curated 2025-11-22, with the reason', () => {
    const a = summaryOf('001_add32ab2eb8e2b21');
    expect(a.publishedAt).toMatchObject({ value: null, precision: null });
    expect(a.eventDates).toEqual([
      expect.objectContaining({ value: '2025-11-22', basis: 'curated', asStated: '11月22日' }),
    ]);
    expect(a.eventDates[0]!.note).toMatch(/2024-11-22/);
  });

  it('keeps the front-matter datetime of seed 000 and unwraps its proxied images', () => {
    const a = summaryOf('000_8acf72d1639afed9');
    expect(a.publishedAt).toMatchObject({
      value: '2021-04-01',
      precision: 'day',
      basis: 'stated',
      datetime: '2021-04-01T10:41:00Z',
    });
    const images = bodyOf(a.id).blocks.filter((b) => b.type === 'image');
    expect(images).toHaveLength(12);
    for (const img of images) {
      expect(img.src).toMatch(/^http:\/\/images\.ofweek\.com\//);
      expect(img.originalSrc).toBe(`https://cors.zfour.workers.dev/?${img.src}`);
      expect(img.alt).toBe(a.title);
    }
  });

  it('reads publisher, author and editors from the bylines', () => {
    expect(summaryOf('002_756aca3129949c7d').publisher).toEqual({
      name: '中央廣電總臺國際在線',
      basis: 'stated',
    });
    // 編輯 and 責編 are editors (gold: "editors, metadata only"), not the article's author.
    const doc002 = docOf('002_756aca3129949c7d.txt');
    expect([doc002.author, doc002.editor]).toEqual([
      null,
      { name: '張雨晨、高崗', basis: 'stated' },
    ]);
    expect(summaryOf('003_ed6acc09de5a223e').publisher).toEqual({
      name: '濟寧市第一人民醫院',
      basis: 'stated',
    });
    expect(summaryOf('004_f1e248e0704a5347').author).toEqual({
      name: '党群服务与组织管理',
      basis: 'stated',
    });
  });

  it('states the time of seed 002 without inventing its zone', () => {
    expect(summaryOf('002_756aca3129949c7d').publishedAt).toEqual({
      value: '2023-11-13',
      precision: 'day',
      basis: 'stated',
      asStated: '2023-11-13 15:33:51',
      note: 'time 15:33:51 stated without a zone; a Chinese-language page, so probably UTC+08:00',
    });
  });

  it('matches seed 002 on 高质量发展, which the Big5 gateway turned into 高品質發展', () => {
    const simplify = realResources().simplify;
    const match = bodyOf('002_756aca3129949c7d').blocks.map((b) => simplify(b.text));
    expect(match.join('\n')).toContain('高质量发展');
    expect(match.join('\n')).toContain('医药工业高质量发展行动计划');
    expect(match.join('\n')).not.toContain('品质发展');
    // Display keeps the page's words.
    expect(bodyOf('002_756aca3129949c7d').blocks.some((b) => b.text.includes('高品質發展'))).toBe(
      true,
    );
  });

  it('repairs the one garbled span only through the reviewed table, and the gold notes that span', () => {
    const gold = GOLD.find((g) => g.id === '001_add32ab2eb8e2b21')!;
    const noted = gold.cleanliness.text_defects.other.find((d) => d.repair);
    expect(noted?.repair).toContain('規模化新階段');
    const removed = bodyOf(gold.id).removed.filter((r) => r.rule.startsWith('text-repairs:'));
    expect(removed).toHaveLength(1);
  });
});
