import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../lib/use-t';
import type { TimelineRow } from '../timeline-rows';
import { TimelineRowView } from './timeline-row-view';

const ESTIMATE = { year: 64, month: 44, lane: 88, entry: 128 } as const;
const MAX_FOCUS_FRAMES = 20;

/**
 * The grouped list, virtualised against the window scroll: only the rows near the viewport are in
 * the DOM, so 100k entries scroll as smoothly as ten. Every title is a link in tab order; ↑/↓ move
 * between entries and Home/End jump to the first/last, scrolling as needed.
 */
export function TimelineList({ rows }: { rows: TimelineRow[] }) {
  const { t } = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  const entryRows = useMemo(
    () => rows.flatMap((row, index) => (row.kind === 'entry' ? [index] : [])),
    [rows],
  );

  // The list's distance from the top of the page; content above it (filters, histogram) may
  // change height, so it is re-read after every render and on resize.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setOffset((previous) => (Math.abs(previous - top) < 1 ? previous : top));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => ESTIMATE[rows[index]?.kind ?? 'entry'],
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    scrollMargin: offset,
  });

  const focusEntry = (ordinal: number) => {
    const rowIndex = entryRows[Math.max(0, Math.min(entryRows.length - 1, ordinal))];
    if (rowIndex === undefined) return;
    virtualizer.scrollToIndex(rowIndex, { align: 'auto' });
    let frames = 0;
    const attempt = () => {
      const link = listRef.current?.querySelector<HTMLElement>(`[data-row="${rowIndex}"] a`);
      if (link) link.focus({ preventScroll: frames === 0 });
      else if (frames++ < MAX_FOCUS_FRAMES) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const holder = (event.target as HTMLElement).closest<HTMLElement>('[data-ordinal]');
    if (!holder) return;
    const ordinal = Number(holder.dataset.ordinal);
    const next = {
      ArrowDown: ordinal + 1,
      ArrowUp: ordinal - 1,
      Home: 0,
      End: entryRows.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusEntry(next);
  };

  return (
    // The key handler only refines movement between the links inside; it adds no new control.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={listRef}
      onKeyDown={onKeyDown}
      aria-describedby="timeline-keys"
      className="relative w-full"
      style={{ height: virtualizer.getTotalSize() }}
    >
      <p id="timeline-keys" className="sr-only">
        {t('timeline.keysHint')}
      </p>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-row={item.index}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <TimelineRowView row={row} />
          </div>
        );
      })}
    </div>
  );
}
