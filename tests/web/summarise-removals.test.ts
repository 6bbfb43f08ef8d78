import { describe, expect, it } from 'vitest';
import type { Removal } from '../../src/domain';
import { summariseRemovals } from '../../src/web/lib/summarise-removals';

const removal = (kind: Removal['kind'], text: string, rule: string, count?: number): Removal =>
  ({ kind, text, rule, ...(count ? { count } : {}) }) as Removal;

describe('summariseRemovals', () => {
  it('groups by kind with every rule that fired, largest group first', () => {
    const groups = summariseRemovals([
      removal('navigation', '上一篇', 'navigation-links'),
      removal('boilerplate', '免责声明', 'boilerplate-disclaimer'),
      removal('navigation', '下一篇', 'navigation-arrows'),
    ]);
    expect(groups.map((g) => [g.kind, g.count, g.rules])).toEqual([
      ['navigation', 2, ['navigation-links', 'navigation-arrows']],
      ['boilerplate', 1, ['boilerplate-disclaimer']],
    ]);
    expect(groups[0]?.samples).toEqual(['上一篇', '下一篇']);
  });

  it('counts spam but never keeps its text', () => {
    const [spam] = summariseRemovals([removal('spam', '加微信领取免费体检卡！', 'spam-markers')]);
    expect(spam).toEqual({ kind: 'spam', count: 1, rules: ['spam-markers'], samples: [] });
  });

  it('honours a repeat count on one removal (absent means once)', () => {
    const [artifacts] = summariseRemovals([
      removal('converter-artifact', '(yī)', 'pinyin-artifacts', 3),
      removal('converter-artifact', '(qū)', 'pinyin-artifacts'),
    ]);
    expect(artifacts?.count).toBe(4);
  });

  it('clips long samples and skips empty ones', () => {
    const [group] = summariseRemovals([
      removal('boilerplate', 'x'.repeat(300), 'long'),
      removal('boilerplate', '  ', 'blank'),
    ]);
    expect(group?.samples).toEqual([`${'x'.repeat(120)}…`]);
  });
});
