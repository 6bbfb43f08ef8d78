/** Five shades, `--color-scale-0` (none) to `--color-scale-4` (most), as Tailwind fill classes. */
export const SCALE_FILLS = [
  'fill-scale-0',
  'fill-scale-1',
  'fill-scale-2',
  'fill-scale-3',
  'fill-scale-4',
] as const;

export type ScaleStep = { shade: number; min: number; max: number };

/**
 * Buckets for a count: 0 has its own shade; the rest split 1…max into up to four steps that grow
 * geometrically, so one province with many collaborations does not wash out all the others.
 */
export function scaleSteps(max: number): ScaleStep[] {
  const steps: ScaleStep[] = [{ shade: 0, min: 0, max: 0 }];
  if (max <= 0) return steps;
  const bounds = [1, 2, 3, 4].map((i) => Math.max(1, Math.round(Math.pow(max, i / 4))));
  let min = 1;
  bounds.forEach((upper, i) => {
    if (upper < min) return;
    steps.push({ shade: i + 1, min, max: upper });
    min = upper + 1;
  });
  return steps;
}

export function shadeOf(count: number, steps: readonly ScaleStep[]): number {
  return (
    steps.find((s) => count >= s.min && count <= s.max)?.shade ??
    steps[steps.length - 1]?.shade ??
    0
  );
}
