import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDayDate, overlapsRange, rangeEnd, rangeStart } from '../../src/web/lib/date-range';

describe('partial dates as intervals', () => {
  it('validates real days only', () => {
    expect(['2021', '2021-02', '2024-02-29', '2021-12-31'].every(isValidDayDate)).toBe(true);
    expect(
      ['21', '2021-13', '2021-02-29', '2021-04-31', '2021-1', '--11-08', ''].some(isValidDayDate),
    ).toBe(false);
  });

  it('covers the whole year or month', () => {
    expect([rangeStart('2021'), rangeEnd('2021')]).toEqual(['2021-01-01', '2021-12-31']);
    expect([rangeStart('2024-02'), rangeEnd('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(rangeEnd('2021-03-31')).toBe('2021-03-31');
  });

  it('keeps a year-only date in a range that touches that year, and a multi-day event by its end', () => {
    expect(overlapsRange('2021', undefined, { from: '2021-06', to: '2021-06' })).toBe(true);
    expect(overlapsRange('2021-03', undefined, { from: '2021-04', to: null })).toBe(false);
    expect(overlapsRange('2021-03-30', '2021-04-02', { from: '2021-04', to: null })).toBe(true);
    expect(overlapsRange('2022', undefined, { from: null, to: '2021' })).toBe(false);
  });

  it('never throws and agrees with itself for any valid day', () => {
    const day = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (value) => {
        expect(isValidDayDate(value)).toBe(true);
        expect(overlapsRange(value, undefined, { from: value, to: value })).toBe(true);
        expect(overlapsRange(value.slice(0, 4), undefined, { from: value, to: value })).toBe(true);
      }),
    );
  });
});
