import { useState, type PointerEvent } from 'react';
import { useT } from '../../../lib/use-t';
import { selectedSpan, type Histogram } from '../histogram';
import { HistogramAxis } from './histogram-axis';

type TimelineHistogramProps = {
  histogram: Histogram;
  from: string | null;
  to: string | null;
  onSelect: (from: string, to: string) => void;
};

const W = 1000;
const H = 96;

/**
 * Overview of the whole span: stacked bars (events, publications) per year or month. Dragging
 * across bars selects a range; the From/To fields beside it do the same from the keyboard.
 */
export function TimelineHistogram({ histogram, from, to, onSelect }: TimelineHistogramProps) {
  const { t } = useT();
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null);
  const { bins, unit } = histogram;
  if (bins.length === 0) return null;
  const max = Math.max(1, ...bins.map((b) => b.events + b.published));
  const step = W / bins.length;
  const gap = Math.min(2, step * 0.15);
  const span = drag
    ? ([Math.min(drag.anchor, drag.current), Math.max(drag.anchor, drag.current)] as const)
    : selectedSpan(bins, from, to);

  const binAt = (event: PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const ratio = rect.width > 0 ? (event.clientX - rect.left) / rect.width : 0;
    return Math.max(0, Math.min(bins.length - 1, Math.floor(ratio * bins.length)));
  };
  const finish = () => {
    if (!drag) return;
    const [a, b] = [Math.min(drag.anchor, drag.current), Math.max(drag.anchor, drag.current)];
    setDrag(null);
    const first = bins[a];
    const last = bins[b];
    if (first && last) onSelect(first.key, last.key);
  };

  return (
    <figure className="min-w-0 flex-1">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('timeline.histogram.label', {
          unit: t(`timeline.histogram.units.${unit}`),
          first: bins[0]?.key,
          last: bins[bins.length - 1]?.key,
        })}
        className="h-24 w-full cursor-crosshair touch-none select-none"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          const bin = binAt(event);
          setDrag({ anchor: bin, current: bin });
        }}
        onPointerMove={(event) => drag && setDrag({ ...drag, current: binAt(event) })}
        onPointerUp={finish}
        onPointerCancel={() => setDrag(null)}
      >
        {span ? (
          <rect
            x={span[0] * step}
            width={(span[1] - span[0] + 1) * step}
            y={0}
            height={H}
            className="fill-chart-brush/25"
          />
        ) : null}
        {bins.map((bin, i) => {
          const inSpan = !span || (i >= span[0] && i <= span[1]);
          const eventH = (bin.events / max) * (H - 4);
          const pubH = (bin.published / max) * (H - 4);
          return (
            <g key={bin.key} opacity={inSpan ? 1 : 0.35}>
              <title>
                {t('timeline.histogram.bar', {
                  bin: bin.key,
                  events: bin.events,
                  published: bin.published,
                })}
              </title>
              <rect x={i * step + gap / 2} y={0} width={step - gap} height={H} fill="transparent" />
              <rect
                x={i * step + gap / 2}
                y={H - eventH}
                width={step - gap}
                height={eventH}
                className="fill-chart-event"
              />
              <rect
                x={i * step + gap / 2}
                y={H - eventH - pubH}
                width={step - gap}
                height={pubH}
                className="fill-chart-pub"
              />
            </g>
          );
        })}
        <line
          x1={0}
          x2={W}
          y1={H - 0.5}
          y2={H - 0.5}
          className="stroke-line-strong"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <HistogramAxis histogram={histogram} />
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-faint">
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm bg-chart-event" />
          {t('timeline.kinds.event')}
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm bg-chart-pub" />
          {t('timeline.kinds.published')}
        </span>
        <span>{t('timeline.histogram.dragHint')}</span>
        {histogram.unplaced > 0 ? (
          <span>{t('timeline.histogram.unplaced', { count: histogram.unplaced })}</span>
        ) : null}
      </figcaption>
    </figure>
  );
}
