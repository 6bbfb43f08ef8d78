import { useT } from '../../../lib/use-t';
import { KIND_COLOURS } from '../network-style';

export function NetworkLegend() {
  const { t } = useT();
  return (
    <ul
      aria-label={t('network.legend.label')}
      className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-muted"
    >
      {(Object.keys(KIND_COLOURS) as (keyof typeof KIND_COLOURS)[]).map((kind) => {
        const { fill, shape } = KIND_COLOURS[kind];
        return (
          <li key={kind} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={`inline-block h-3.5 w-3.5 ${shape === 'ellipse' ? 'rounded-full' : 'rounded-sm'}`}
              style={{ backgroundColor: fill }}
            />
            {t(`network.legend.${kind}`)}
          </li>
        );
      })}
      <li className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-block h-3.5 w-3.5 rounded-full bg-slate-400 opacity-55"
        />
        {t('network.legend.outside')}
      </li>
    </ul>
  );
}
