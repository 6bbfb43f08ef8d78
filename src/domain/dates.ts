import { z } from 'zod';

/**
 * A date as honest as its source: a year, a month, a day, or a day without a year (`--MM-DD`).
 * `value: null` means the page gives no date at all; the UI must then show "undated", never a guess.
 */
export const DatePrecisionSchema = z.enum(['year', 'month', 'day']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export const DateBasisSchema = z.enum(['stated', 'inferred', 'curated']);
export type DateBasis = z.infer<typeof DateBasisSchema>;

const VALUE_SHAPES: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^(\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

export const PartialDateSchema = z
  .object({
    value: z.string().nullable(),
    precision: DatePrecisionSchema.nullable(),
    basis: DateBasisSchema,
    /** ISO 8601 date-time when the source gives a time of day (e.g. front matter). */
    datetime: z.string().optional(),
    /** The text the date was read from, as written. */
    asStated: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((d) => (d.value === null) === (d.precision === null), {
    message: 'value and precision are both null or both set',
  })
  .refine(
    (d) => d.value === null || (d.precision !== null && VALUE_SHAPES[d.precision].test(d.value)),
    {
      message: 'value does not match its precision (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)',
    },
  );
export type PartialDate = z.infer<typeof PartialDateSchema>;

// Order helpers live in a zod-free module so browser code can use them without bundling zod.
export { compareDates, dateSortKey, isYearless, unknownDate, yearOf } from './date-order';
