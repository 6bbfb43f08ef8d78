import type { Palette } from './network-style';

const FALLBACK: Record<'light' | 'dark', Omit<Palette, 'dark'>> = {
  light: {
    canvas: '#ffffff',
    ink: '#0f172a',
    muted: '#475569',
    line: '#cbd5e1',
    strongLine: '#64748b',
    focus: '#d97706',
  },
  dark: {
    canvas: '#0f172a',
    ink: '#f1f5f9',
    muted: '#cbd5e1',
    line: '#475569',
    strongLine: '#94a3b8',
    focus: '#fbbf24',
  },
};

/**
 * A CSS colour (the app's variables are oklch) as `rgb(…)`, which Cytoscape understands: painted
 * on a 1-pixel canvas and read back. Null where there is no canvas (tests).
 */
function toRgb(ctx: CanvasRenderingContext2D | null, value: string): string | null {
  if (!ctx || !value) return null;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = value;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return a ? `rgb(${r},${g},${b})` : null;
}

/** The palette of the current theme (`dark` class on <html>), from the page's CSS variables. */
export function readPalette(): Palette {
  const root = document.documentElement;
  const dark = root.classList.contains('dark');
  const base = FALLBACK[dark ? 'dark' : 'light'];
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    ctx = canvas.getContext('2d', { willReadFrequently: true });
  } catch {
    ctx = null;
  }
  const css = getComputedStyle(root);
  const read = (name: string, fallback: string) =>
    toRgb(ctx, css.getPropertyValue(name).trim()) ?? fallback;
  return {
    dark,
    canvas: read('--color-surface', base.canvas),
    ink: read('--color-ink', base.ink),
    muted: read('--color-muted', base.muted),
    line: read('--color-line-strong', base.line),
    strongLine: read('--color-faint', base.strongLine),
    focus: base.focus,
  };
}
