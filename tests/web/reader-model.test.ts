import { describe, expect, it } from 'vitest';
import { mentionSegments, spansByBlock } from '../../src/web/features/reader/mention-segments';
import {
  adjacentArticles,
  relatedArticles,
} from '../../src/web/features/reader/article-neighbours';
import { fixtureIndex as dataset } from './fixture-index';

const m = (entityId: string, start: number, end: number) => ({ entityId, block: 0, start, end });

describe('mentionSegments', () => {
  it('splits text at mentions (UTF-16 offsets) without losing or repeating a character', () => {
    const text = '聯盟由西安交通大學、空軍軍醫大學等組成。';
    const segments = mentionSegments(text, [m('b', 10, 16), m('a', 3, 9)]);
    expect(segments).toEqual([
      { text: '聯盟由' },
      { text: '西安交通大學', entityId: 'a' },
      { text: '、' },
      { text: '空軍軍醫大學', entityId: 'b' },
      { text: '等組成。' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('drops overlapping and out-of-range mentions instead of throwing', () => {
    const text = 'abcdef';
    const segments = mentionSegments(text, [
      m('x', 1, 4),
      m('y', 2, 3),
      m('z', 4, 99),
      m('w', 5, 5),
    ]);
    expect(segments).toEqual([{ text: 'a' }, { text: 'bcd', entityId: 'x' }, { text: 'ef' }]);
    expect(mentionSegments('', [])).toEqual([{ text: '' }]);
  });

  it('links places named outside entity names to their regions, entities winning overlaps', () => {
    const byBlock = spansByBlock({
      mentions: [{ entityId: 'i-1', block: 0, start: 0, end: 6 }],
      regionMentions: [
        { name: '沈阳市', codes: ['210100'], block: 0, start: 0, end: 3, inName: true },
        { name: '沈阳', codes: ['210100'], block: 0, start: 7, end: 9 },
        { name: '东北', codes: [], block: 0, start: 10, end: 12 },
      ],
    });
    expect(mentionSegments('沈阳市卫健委在沈阳和东北', byBlock.get(0) ?? [])).toEqual([
      { text: '沈阳市卫健委', entityId: 'i-1' },
      { text: '在' },
      { text: '沈阳', regionCodes: ['210100'] },
      { text: '和东北' },
    ]);
  });

  it('counts astral characters as two code units, like the pipeline', () => {
    const text = '𠮷野家联盟';
    expect(mentionSegments(text, [m('x', 2, 5)])).toEqual([
      { text: '𠮷' },
      { text: '野家联', entityId: 'x' },
      { text: '盟' },
    ]);
  });
});

describe('article neighbours', () => {
  it('finds the articles before and after in time, within the region filter', () => {
    const around = adjacentArticles(dataset, 'shenyang-maternal-alliance-2021', []);
    expect(around.previous).toBeNull();
    expect(around.next?.id).toBe('liaoning-pharma-cooperation-en');
    expect(
      adjacentArticles(dataset, 'liaoning-pharma-cooperation-en', ['210000']).previous?.id,
    ).toBe('shenyang-maternal-alliance-2021');
    expect(adjacentArticles(dataset, 'xian-imaging-joint-lab', [])).toEqual({
      previous: null,
      next: null,
    });
  });

  it('ranks related articles by shared entities', () => {
    expect(relatedArticles(dataset, 'xian-imaging-joint-lab')).toEqual([
      {
        article: expect.objectContaining({ id: 'shaanxi-medical-engineering-alliance' }),
        shared: 1,
      },
    ]);
    expect(relatedArticles(dataset, 'no-such-article')).toEqual([]);
  });
});
