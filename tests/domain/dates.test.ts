import { describe, expect, it } from 'vitest';
import { compareDates, PartialDateSchema, yearOf, type PartialDate } from '../../src/domain';

const d = (
  value: string | null,
  precision: PartialDate['precision'],
  basis: PartialDate['basis'] = 'stated',
) => ({ value, precision, basis }) as PartialDate;

describe('PartialDateSchema', () => {
  it.each([
    ['2021', 'year'],
    ['2021-03', 'month'],
    ['2021-03-31', 'day'],
    ['--11-22', 'day'],
  ] as const)('accepts %s with precision %s', (value, precision) => {
    expect(PartialDateSchema.safeParse(d(value, precision)).success).toBe(true);
  });

  it('accepts an honest unknown date', () => {
    expect(PartialDateSchema.safeParse(d(null, null)).success).toBe(true);
  });

  it.each([
    ['2021-03-31', 'year'],
    ['2021', 'day'],
    ['2021-13-01', 'day'],
    ['--11', 'month'],
    ['11月22日', 'day'],
  ] as const)('rejects %s with precision %s', (value, precision) => {
    expect(PartialDateSchema.safeParse(d(value, precision)).success).toBe(false);
  });

  it('rejects a value without a precision and a precision without a value', () => {
    expect(PartialDateSchema.safeParse(d('2021', null)).success).toBe(false);
    expect(PartialDateSchema.safeParse(d(null, 'day')).success).toBe(false);
  });

  it('rejects an unknown basis', () => {
    expect(
      PartialDateSchema.safeParse({ value: '2021', precision: 'year', basis: 'guessed' }).success,
    ).toBe(false);
  });
});

describe('date order', () => {
  it('sorts coarse before fine within a period and yearless and undated last', () => {
    const dates = [
      d(null, null),
      d('--03-01', 'day'),
      d('2021-03-31', 'day'),
      d('2021', 'year'),
      d('2021-03', 'month'),
      d('2020-12-01', 'day'),
    ];
    expect([...dates].sort(compareDates).map((x) => x.value)).toEqual([
      '2020-12-01',
      '2021',
      '2021-03',
      '2021-03-31',
      '--03-01',
      null,
    ]);
  });

  it('gives no year for a yearless or unknown date', () => {
    expect(yearOf(d('--11-22', 'day'))).toBeNull();
    expect(yearOf(d(null, null))).toBeNull();
    expect(yearOf(d('2023-11-08', 'day'))).toBe(2023);
  });
});
