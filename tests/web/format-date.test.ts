import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../src/domain';
import { basisMark, formatPartialDate } from '../../src/web/lib/format-date';

const date = (
  value: string | null,
  precision: PartialDate['precision'],
  extra: Partial<PartialDate> = {},
): PartialDate => ({
  value,
  precision,
  basis: 'stated',
  ...extra,
});

describe('formatPartialDate', () => {
  it('shows only the precision the source gives', () => {
    expect(formatPartialDate(date('2021', 'year'), 'en')?.text).toBe('2021');
    expect(formatPartialDate(date('2022-05', 'month'), 'en')?.text).toBe('May 2022');
    expect(formatPartialDate(date('2022-05', 'month'), 'zh-Hans')?.text).toBe('2022年5月');
    expect(formatPartialDate(date('2021-03-31', 'day'), 'en')?.text).toBe('Mar 31, 2021');
    expect(formatPartialDate(date('2021-03-31', 'day'), 'zh-Hant')?.text).toBe('2021年3月31日');
  });

  it('never invents a year for --MM-DD', () => {
    expect(formatPartialDate(date('--11-22', 'day'), 'zh-Hans')).toEqual({
      text: '11月22日',
      dateTime: '11-22',
      yearUnknown: true,
    });
    expect(formatPartialDate(date('--11-22', 'day'), 'en')?.text).toBe('Nov 22');
  });

  it('returns null for an undated value', () => {
    expect(formatPartialDate(date(null, null), 'en')).toBeNull();
    expect(formatPartialDate(undefined, 'en')).toBeNull();
  });
});

describe('basisMark', () => {
  it('marks inferred years and curated dates, not stated ones', () => {
    expect(basisMark(date('2021-03-31', 'day', { basis: 'inferred', asStated: '3月31日' }))).toBe(
      'year inferred',
    );
    expect(
      basisMark(date('2021-03-31', 'day', { basis: 'inferred', asStated: '2021年3月底' })),
    ).toBe('inferred');
    expect(basisMark(date('2022-05', 'month', { basis: 'curated' }))).toBe('curated');
    expect(basisMark(date('2022-05', 'month'))).toBeNull();
    expect(basisMark(date(null, null, { basis: 'inferred' }))).toBeNull();
  });
});
