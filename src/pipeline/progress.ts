/** Where progress goes: a stream that may be a terminal. */
export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Plain progress lines every this many files when the sink is not a terminal (logs, CI). */
const LINE_EVERY = 1000;
const BAR_WIDTH = 28;
const REDRAW_MS = 100;

/**
 * Progress of a run. On a terminal: one redrawn bar (files, percent, files/s), cleared at the
 * end so the summary starts on a clean line. Elsewhere: a plain line every 1000 files, and
 * nothing at all for small runs. Progress goes to stderr (the CLI's choice), so stdout stays the
 * summary whatever is redirected.
 */
export function progressReporter(
  sink: ProgressSink,
  now: () => number = () => performance.now(),
): { update: (done: number, total: number) => void; finish: () => void } {
  const start = now();
  let drawn = -Infinity;
  const update = (done: number, total: number) => {
    if (!sink.isTTY) {
      if (done > 0 && done % LINE_EVERY === 0 && done < total)
        sink.write(`progress: ${done}/${total} files cleaned\n`);
      return;
    }
    const t = now();
    const last = done === total;
    if (!last && t - drawn < REDRAW_MS) return;
    drawn = t;
    const share = total ? done / total : 1;
    const filled = Math.round(share * BAR_WIDTH);
    const rate = t > start ? Math.round((done * 1000) / (t - start)) : 0;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    const pct = String(Math.floor(share * 100)).padStart(3);
    const tail = last ? 'cleaned; extracting…' : `${rate} files/s`;
    sink.write(`\r[${bar}] ${pct}% ${done}/${total} files  ${tail}\x1b[K`);
  };
  // The bar is erased before the summary, so a terminal keeps only the summary.
  const finish = () => {
    if (sink.isTTY) sink.write('\r\x1b[K');
  };
  return { update, finish };
}
