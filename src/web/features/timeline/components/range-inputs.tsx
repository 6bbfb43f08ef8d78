import { useState, type FormEvent } from 'react';
import { isValidDayDate } from '../../../lib/date-range';
import { useT } from '../../../lib/use-t';

type RangeInputsProps = {
  from: string | null;
  to: string | null;
  onApply: (from: string | null, to: string | null) => void;
};

const field =
  'mt-1 w-28 rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm text-body tabular-nums placeholder:text-faint aria-invalid:border-danger';

/** The keyboard way to set the range: two fields (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), Apply, Clear. */
export function RangeInputs({ from, to, onApply }: RangeInputsProps) {
  const { t } = useT();
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '', for: `${from}|${to}` });
  const [invalid, setInvalid] = useState<'from' | 'to' | null>(null);
  // The URL is the source of truth: when it changes (drag, back button), the fields follow.
  if (draft.for !== `${from}|${to}`) {
    setDraft({ from: from ?? '', to: to ?? '', for: `${from}|${to}` });
    setInvalid(null);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { from: draft.from.trim(), to: draft.to.trim() };
    const bad =
      next.from && !isValidDayDate(next.from)
        ? 'from'
        : next.to && !isValidDayDate(next.to)
          ? 'to'
          : null;
    setInvalid(bad);
    if (!bad) onApply(next.from || null, next.to || null);
  };

  return (
    <form
      onSubmit={submit}
      aria-label={t('timeline.range.label')}
      className="flex shrink-0 flex-wrap items-end gap-2 lg:w-80"
    >
      {(['from', 'to'] as const).map((name) => (
        <label key={name} className="text-xs font-semibold text-muted">
          {t(`timeline.range.${name}`)}
          <input
            name={name}
            value={draft[name]}
            onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
            placeholder={t('timeline.range.placeholder')}
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={invalid === name}
            aria-describedby="range-format"
            className={`block ${field}`}
          />
        </label>
      ))}
      <button
        type="submit"
        className="rounded-md bg-button px-3 py-1.5 text-sm font-medium text-white hover:bg-button-hover"
      >
        {t('timeline.range.apply')}
      </button>
      <button
        type="button"
        disabled={!from && !to}
        onClick={() => onApply(null, null)}
        className="rounded-md px-2 py-1.5 text-sm text-accent hover:underline disabled:text-faint disabled:no-underline"
      >
        {t('timeline.range.clear')}
      </button>
      <p
        id="range-format"
        role={invalid ? 'alert' : undefined}
        className={`w-full text-xs ${invalid ? 'text-danger' : 'text-faint'}`}
      >
        {invalid ? t('timeline.range.invalid') : t('timeline.range.format')}
      </p>
    </form>
  );
}
