import { useT } from '../../../lib/use-t';

const base = 'px-3 py-1 text-sm first:rounded-l-md last:rounded-r-md ring-1';

/** Graph or list (`?view=list`): the same nodes and edges either way. */
export function ViewToggle({
  view,
  onChange,
}: {
  view: 'graph' | 'list';
  onChange: (v: 'graph' | 'list') => void;
}) {
  const { t } = useT();
  return (
    <div role="group" aria-label={t('network.viewLabel')} className="flex print:hidden">
      {(['graph', 'list'] as const).map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          onClick={() => onChange(v)}
          className={`${base} ${view === v ? 'bg-button text-white ring-button' : 'bg-surface text-body ring-line-strong hover:ring-accent'}`}
        >
          {t(`network.views.${v}`)}
        </button>
      ))}
    </div>
  );
}
