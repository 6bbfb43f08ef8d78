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

/** The province a code belongs to: `210100` → `210000`. */
export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** The prefecture-level city a code belongs to, or null for a province code. */
export function cityCodeOf(code: string): string | null {
  if (code.endsWith('0000')) return null;
  return `${code.slice(0, 4)}00`;
}

/** True when `code` is `ancestor` or lies inside it (province ⊃ city ⊃ district). */
export function regionContains(ancestor: string, code: string): boolean {
  if (ancestor === code) return true;
  if (ancestor.endsWith('0000')) return code.slice(0, 2) === ancestor.slice(0, 2);
  if (ancestor.endsWith('00')) return code.slice(0, 4) === ancestor.slice(0, 4);
  return false;
}
