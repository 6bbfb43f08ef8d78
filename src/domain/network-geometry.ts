/**
 * Sizes shared by the build-time layout and the browser's drawing, zod-free so the network chunk
 * can import it: the layout spaces nodes by the box their label will occupy, so the two must
 * agree on what a label is.
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** Characters per line of a Han label, and lines at most. */
export const HAN_LINE = 8;
const HAN_LINES = 2;
/** Latin labels stay on one line, cut with an ellipsis. */
const LATIN_MAX = 26;

/** True when at least half of the name's characters are Han: those wrap, others do not. */
export function isHanName(name: string): boolean {
  const han = name.match(HAN)?.length ?? 0;
  return han > 0 && han * 2 >= [...name].length;
}

/**
 * The label drawn on the graph: Han names broken into lines of 8 characters (2 lines at most),
 * others cut to one line; either ends with `…` when shortened. The full name shows on hover.
 */
export function shortLabel(name: string): string {
  const chars = [...name.trim()];
  if (isHanName(name)) {
    const max = HAN_LINE * HAN_LINES;
    const kept = chars.length > max ? [...chars.slice(0, max - 1), '…'] : chars;
    const lines: string[] = [];
    for (let i = 0; i < kept.length; i += HAN_LINE)
      lines.push(kept.slice(i, i + HAN_LINE).join(''));
    return lines.join('\n');
  }
  return chars.length > LATIN_MAX ? `${chars.slice(0, LATIN_MAX - 1).join('')}…` : chars.join('');
}

/** Node diameter in pixels at zoom 1: grows with the square root of its degree. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(64, 16 + 7 * Math.sqrt(degree)));
}

/** Approximate box (px, font size 14) of a node with its label underneath. */
export function labelBox(label: string, degree: number): { width: number; height: number } {
  const lines = label.split('\n');
  const perChar = isHanName(label) ? 14.5 : 7.8;
  const textWidth = Math.max(...lines.map((l) => [...l].length)) * perChar;
  const size = nodeSize(degree);
  return { width: Math.max(size, textWidth), height: size + 6 + lines.length * 18 };
}
