import { useT } from '../../../lib/use-t';
import { SCALE_FILLS, type ScaleStep } from '../map-scale';

/** What each shade means, in collaborations. */
export function MapLegend({ steps }: { steps: ScaleStep[] }) {
  const { t } = useT();
  return (
    <div className="mt-3">
      <p id="map-legend" className="text-xs font-semibold tracking-wide text-faint uppercase">
        {t('regions.legend')}
      </p>
      <ul
        aria-labelledby="map-legend"
        className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted"
      >
        {steps.map((step) => (
          <li key={step.shade} className="flex items-center gap-1.5">
            <svg aria-hidden="true" viewBox="0 0 12 12" className="h-3 w-3">
              <rect
                width="12"
                height="12"
                rx="2"
                className={`${SCALE_FILLS[step.shade]} stroke-line-strong`}
              />
            </svg>
            {step.min === step.max ? step.min : `${step.min}–${step.max}`}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <svg aria-hidden="true" viewBox="0 0 12 12" className="h-3 w-3">
            <rect width="12" height="12" rx="2" className="fill-scale-none stroke-line-strong" />
          </svg>
          {t('regions.legendNone')}
        </li>
        <li className="flex items-center gap-1.5">
          <svg aria-hidden="true" viewBox="0 0 12 12" className="h-3 w-3">
            <rect
              x="1"
              y="1"
              width="10"
              height="10"
              rx="2"
              className="fill-none stroke-ink"
              strokeWidth={2}
            />
          </svg>
          {t('regions.legendSelected')}
        </li>
      </ul>
    </div>
  );
}
