import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../src/domain';
import { basisMark, formatPartialDate, yearNotStated } from '../../src/web/lib/format-date';

const date = (
  value: string | null,
  precision: PartialDate['precision'],
  extra: Partial<PartialDate> = {},
): PartialDate => ({ value, precision, basis: 'stated', ...extra });

describe('formatPartialDate', () => {
  it('shows only the precision the source gives, in the UI language', () => {
    expect(formatPartialDate(date('2021', 'year'), 'en')?.text).toBe('2021');
    expect(formatPartialDate(date('2021', 'year'), 'zh')?.text).toBe('2021年');
    expect(formatPartialDate(date('2022-05', 'month'), 'en')?.text).toBe('May 2022');
    expect(formatPartialDate(date('2022-05', 'month'), 'zh')?.text).toBe('2022年5月');
    expect(formatPartialDate(date('2021-03-31', 'day'), 'en')?.text).toBe('Mar 31, 2021');
    expect(formatPartialDate(date('2021-03-31', 'day'), 'zh')?.text).toBe('2021年3月31日');
  });

  it('never invents a year for --MM-DD', () => {
    expect(formatPartialDate(date('--11-22', 'day'), 'zh')).toEqual({
      text: '11月22日',
      dateTime: '11-22',
      yearUnknown: true,
      yearNotStated: false,
    });
    expect(formatPartialDate(date('--11-22', 'day'), 'en')?.text).toBe('Nov 22');
  });

  it('marks a year the page did not state with a question mark', () => {
    const curated = date('2025-11-22', 'day', { basis: 'curated', asStated: '11月22日' });
    expect(formatPartialDate(curated, 'zh')?.text).toBe('2025?年11月22日');
    expect(formatPartialDate(curated, 'en')?.text).toBe('Nov 22, 2025?');
    expect(formatPartialDate(date('2025', 'year', { basis: 'inferred' }), 'en')?.text).toBe(
      '2025?',
    );
    const stated = date('2021-03-31', 'day', { basis: 'inferred', asStated: '2021年3月31日' });
    expect(yearNotStated(stated)).toBe(false);
  });

  it('returns null for undated values', () => {
    expect(formatPartialDate(date(null, null), 'en')).toBeNull();
    expect(formatPartialDate(undefined, 'zh')).toBeNull();
  });
});

describe('basisMark', () => {
  it('says which part was inferred, and when a date is curated', () => {
    expect(basisMark(date('2021-03-31', 'day', { basis: 'inferred', asStated: '3月31日' }))).toBe(
      'yearInferred',
    );
    expect(
      basisMark(date('2021-03-31', 'day', { basis: 'inferred', asStated: '2021年3月31日' })),
    ).toBe('inferred');
    expect(basisMark(date('2022-05', 'month', { basis: 'curated' }))).toBe('curated');
    expect(basisMark(date('2022-05', 'month'))).toBeNull();
    expect(basisMark(date(null, null, { basis: 'inferred' }))).toBeNull();
  });
});
