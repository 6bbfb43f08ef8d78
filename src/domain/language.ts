import { z } from 'zod';

/** Every text value that can differ by language says which. */
export const LanguageSchema = z.enum(['zh-Hans', 'zh-Hant', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const BasisSchema = z.enum(['stated', 'inferred', 'curated']);
export type Basis = z.infer<typeof BasisSchema>;
