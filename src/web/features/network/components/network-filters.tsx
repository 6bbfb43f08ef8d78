import { useState, type FormEvent } from 'react';
import type { EntityKind, RelationType } from '../../../../domain';
import { isValidDayDate } from '../../../lib/date-range';
import { ENTITY_KINDS, RELATION_TYPES } from '../../../lib/domain-enums';
import { useT } from '../../../lib/use-t';
import type { NetworkParams } from '../network-params';

type NetworkFiltersProps = {
  params: NetworkParams & { from: string | null; to: string | null };
  onParams: (patch: Partial<NetworkParams>) => void;
  onRange: (range: { from: string | null; to: string | null }) => void;
};

const box = 'flex items-center gap-1.5 text-sm text-body';
const field =
  'w-28 rounded-md bg-surface px-2 py-1 text-sm text-body ring-1 ring-line-strong focus:ring-2 focus:ring-focus';

/** Kinds, relation types, time range and neighbourhood depth; every change is a URL change. */
export function NetworkFilters({ params, onParams, onRange }: NetworkFiltersProps) {
  const { t } = useT();
  const [from, setFrom] = useState(params.from ?? '');
  const [to, setTo] = useState(params.to ?? '');
  const toggle = <T extends string>(list: readonly T[], value: T, all: readonly T[]) => {
    const base = list.length === 0 ? all : list;
    return base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = (v: string) => (v.trim() && isValidDayDate(v.trim()) ? v.trim() : null);
    onRange({ from: clean(from), to: clean(to) });
  };
  const rels = params.rels.length === 0 ? RELATION_TYPES : params.rels;
  return (
    <div className="flex flex-wrap items-start gap-x-6 gap-y-3 print:hidden">
      <fieldset className="flex flex-wrap items-center gap-3">
        <legend className="mb-1 text-sm font-medium text-muted">
          {t('network.filters.kinds')}
        </legend>
        {ENTITY_KINDS.map((kind: EntityKind) => (
          <label key={kind} className={box}>
            <input
              type="checkbox"
              checked={params.kinds.includes(kind)}
              disabled={params.kinds.length === 1 && params.kinds.includes(kind)}
              onChange={() => onParams({ kinds: toggle(params.kinds, kind, ENTITY_KINDS) })}
            />
            {t(`network.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <details className="relative">
        <summary className="cursor-pointer text-sm font-medium text-muted">
          {t('network.filters.rels', { count: rels.length, total: RELATION_TYPES.length })}
        </summary>
        <fieldset className="absolute z-20 mt-1 grid w-64 gap-1 rounded-lg bg-surface p-3 shadow-lg ring-1 ring-line">
          <legend className="sr-only">{t('network.filters.relsLegend')}</legend>
          {RELATION_TYPES.map((type: RelationType) => (
            <label key={type} className={box}>
              <input
                type="checkbox"
                checked={rels.includes(type)}
                disabled={rels.length === 1 && rels.includes(type)}
                onChange={() => onParams({ rels: toggle(params.rels, type, RELATION_TYPES) })}
              />
              {t(`network.rels.${type}`)}
            </label>
          ))}
        </fieldset>
      </details>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <label className="grid text-sm text-muted">
          {t('network.filters.from')}
          <input
            className={field}
            value={from}
            placeholder="2020"
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        <label className="grid text-sm text-muted">
          {t('network.filters.to')}
          <input
            className={field}
            value={to}
            placeholder="2025-12"
            onChange={(e) => setTo(e.target.value)}
          />
        </label>
        <button
          type="submit"
          className="rounded-md bg-button px-3 py-1 text-sm text-white hover:bg-button-hover"
        >
          {t('network.filters.apply')}
        </button>
      </form>
      <label className="grid text-sm text-muted">
        {t('network.filters.hops')}
        <select
          className={field}
          value={params.hops ?? ''}
          disabled={!params.focus}
          onChange={(e) =>
            onParams({ hops: e.target.value ? (Number(e.target.value) as 1 | 2 | 3) : null })
          }
        >
          <option value="">{t('network.filters.allHops')}</option>
          {[1, 2, 3].map((n) => (
            <option key={n} value={n}>
              {t('network.filters.hopCount', { count: n })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
