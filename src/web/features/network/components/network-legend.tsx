import type { EntityKind } from '../../../../domain';
import { useT } from '../../../lib/use-t';
import {
  COLLABORATION_COLOUR,
  EDGE_STYLES,
  INSTITUTION_SUBTYPES,
  KIND_SHAPES,
  SUBTYPE_COLOURS,
} from '../network-style';

const SWATCH: Record<string, string> = {
  'round-rectangle': 'rounded-sm',
  ellipse: 'rounded-full',
  diamond: 'rotate-45 scale-75',
};
const LINES = ['founder', 'member', 'witness', 'mentioned-with'] as const;

function Swatch({ colour, shape }: { colour: string; shape: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block h-3.5 w-3.5 shrink-0 ${SWATCH[shape] ?? ''}`}
      style={{ backgroundColor: colour }}
    />
  );
}

/** What shapes, colours and lines mean; read from the same tables as the stylesheet. */
export function NetworkLegend({ kinds }: { kinds: readonly EntityKind[] }) {
  const { t } = useT();
  return (
    <section
      aria-labelledby="network-legend"
      className="rounded-xl bg-surface p-4 text-sm ring-1 ring-line"
    >
      <h2 id="network-legend" className="font-semibold text-ink">
        {t('network.legend.label')}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1.5">
        <li className="flex items-center gap-2">
          <Swatch colour={COLLABORATION_COLOUR} shape={KIND_SHAPES.collaboration} />
          {t('network.legend.collaboration')}
        </li>
        {INSTITUTION_SUBTYPES.map((s) => (
          <li key={s} className="flex items-center gap-2">
            <Swatch
              colour={SUBTYPE_COLOURS[s] ?? SUBTYPE_COLOURS.other}
              shape={KIND_SHAPES.institution}
            />
            {t(`subtypes.${s}`)}
          </li>
        ))}
        {kinds.includes('person') ? (
          <li className="flex items-center gap-2">
            <Swatch colour={SUBTYPE_COLOURS.person ?? '#aaa'} shape={KIND_SHAPES.person} />
            {t('kinds.person')}
          </li>
        ) : null}
        <li className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="inline-block h-3.5 w-3.5 rounded-full bg-slate-400 opacity-45"
          />
          {t('network.legend.outside')}
        </li>
      </ul>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1.5 border-t border-line pt-3">
        {LINES.map((type) => (
          <li key={type} className="flex items-center gap-2">
            <svg aria-hidden="true" width="28" height="8" className="shrink-0 text-muted">
              <line
                x1="0"
                y1="4"
                x2="28"
                y2="4"
                stroke="currentColor"
                strokeWidth={EDGE_STYLES[type].width}
                strokeDasharray={
                  EDGE_STYLES[type].line === 'dashed'
                    ? '5 3'
                    : EDGE_STYLES[type].line === 'dotted'
                      ? '1.5 2.5'
                      : undefined
                }
              />
            </svg>
            {t(`network.legend.line.${type}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
