import type { KeyboardEvent } from 'react';
import { useT } from '../../../lib/use-t';
import { SCALE_FILLS, shadeOf, type ScaleStep } from '../map-scale';
import shapes from '../province-shapes.json';
import { statsOf, type RegionStats } from '../region-stats';

type RegionMapProps = {
  stats: Map<string, RegionStats>;
  steps: ScaleStep[];
  selected: string[];
  onToggle: (code: string) => void;
};

/**
 * Provinces shaded by collaborations. Provinces with any data are buttons (Tab, Enter/Space or a
 * click toggles them in the region filter); the table beside lists the same numbers.
 */
export function RegionMap({ stats, steps, selected, onToggle }: RegionMapProps) {
  const { t, lang } = useT();
  const onKey = (code: string) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onToggle(code);
  };
  return (
    <svg
      viewBox={`0 0 ${shapes.width} ${shapes.height}`}
      role="group"
      aria-labelledby="region-map-title"
      className="h-auto w-full"
    >
      <title id="region-map-title">{t('regions.mapLabel')}</title>
      {shapes.decorations.map((d, i) => (
        <path
          key={i}
          d={d}
          aria-hidden="true"
          className="fill-none stroke-line-strong"
          strokeWidth={0.8}
        />
      ))}
      {shapes.provinces.map((p) => {
        const s = statsOf(stats, p.code);
        const active = s.articles + s.collaborations + s.institutions > 0;
        const pressed = selected.includes(p.code);
        const partly =
          !pressed && selected.some((c) => c !== p.code && c.startsWith(p.code.slice(0, 2)));
        const name = lang === 'en' ? p.nameEn : p.name;
        const fill = SCALE_FILLS[shadeOf(s.collaborations, steps)];
        const stroke = pressed ? 'stroke-ink' : partly ? 'stroke-accent' : 'stroke-surface';
        const shape = p.small ? <circle cx={p.cx} cy={p.cy} r={3.5} /> : <path d={p.d} />;
        if (!active)
          return (
            <g
              key={p.code}
              aria-hidden="true"
              className="fill-scale-none stroke-line-strong"
              strokeWidth={0.6}
            >
              {shape}
            </g>
          );
        return (
          <g
            key={p.code}
            role="button"
            tabIndex={0}
            aria-pressed={pressed}
            aria-label={t('regions.mapItem', {
              name,
              collaborations: s.collaborations,
              articles: s.articles,
            })}
            onClick={() => onToggle(p.code)}
            onKeyDown={onKey(p.code)}
            data-code={p.code}
            className={`${fill} ${stroke} cursor-pointer outline-none hover:opacity-80 focus-visible:stroke-focus focus-visible:stroke-3`}
            strokeWidth={pressed || partly ? 2.2 : 0.6}
            strokeDasharray={partly ? '4 2' : undefined}
          >
            <title>
              {t('regions.mapItem', {
                name,
                collaborations: s.collaborations,
                articles: s.articles,
              })}
            </title>
            {shape}
          </g>
        );
      })}
    </svg>
  );
}
