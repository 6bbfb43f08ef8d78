import { z } from 'zod';

export const RegionLevelSchema = z.enum(['province', 'city', 'district']);
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/** A GB/T 2260 six-digit administrative division code. */
export const RegionCodeSchema = z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code');

export const RegionSchema = z.object({
  code: RegionCodeSchema,
  /** Full official name in Simplified Chinese (辽宁省, 沈阳市). */
  name: z.string().min(1),
  nameEn: z.string().optional(),
  level: RegionLevelSchema,
  parentCode: RegionCodeSchema.nullable(),
});
export type Region = z.infer<typeof RegionSchema>;

// Code helpers live in a zod-free module so browser code can use them without bundling zod.
export { cityCodeOf, provinceCodeOf, regionContains } from './region-codes';
