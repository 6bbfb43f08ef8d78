/**
 * GB/T 2260 code helpers, free of zod so the app can use them in its entry chunk without pulling
 * in the schema library. `region.ts` re-exports them.
 */

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
