/**
 * Which characters of a text some span already covers: `overlaps` and `add` cost the span's length,
 * so checking every new name against everything found so far stays linear in the text.
 */
export class Coverage {
  private readonly covered: Uint8Array;

  constructor(length: number, spans: Iterable<{ start: number; end: number }> = []) {
    this.covered = new Uint8Array(length + 1);
    for (const s of spans) this.add(s.start, s.end);
  }

  add(start: number, end: number): void {
    this.covered.fill(1, Math.max(0, start), Math.max(start, end));
  }

  overlaps(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end && i < this.covered.length; i++)
      if (this.covered[i]) return true;
    return false;
  }
}
