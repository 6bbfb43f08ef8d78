import { describe, expect, it } from 'vitest';
import { isHanName, labelBox, nodeSize, shortLabel } from '../../src/domain/network-geometry';

describe('network labels', () => {
  it('wraps Han names into lines of eight and cuts after two', () => {
    expect(shortLabel('西安交通大學')).toBe('西安交通大學');
    expect(shortLabel('沈阳市母婴医疗及护理服务产业技术创新联盟')).toBe(
      '沈阳市母婴医疗及\n护理服务产业技…',
    );
    expect(shortLabel('陜西醫工産業聯盟联盟')).toBe('陜西醫工産業聯盟\n联盟');
  });

  it('never wraps Latin names, cutting them with an ellipsis', () => {
    const label = shortLabel('International Special Committee on Medical Innovation');
    expect(label).not.toContain('\n');
    expect(label.endsWith('…')).toBe(true);
    expect([...label].length).toBe(26);
    expect(isHanName('Chengdu 医学会')).toBe(false);
    expect(isHanName('西鹹新區·秦漢大健康産業園')).toBe(true);
  });

  it('sizes nodes by degree, and boxes include the label', () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(4));
    expect(nodeSize(10_000)).toBe(64);
    const box = labelBox(shortLabel('沈阳市母婴医疗及护理服务产业技术创新联盟'), 2);
    expect(box.height).toBeGreaterThan(nodeSize(2) + 2 * 12);
    expect(box.width).toBeGreaterThanOrEqual(8 * 14);
  });
});
