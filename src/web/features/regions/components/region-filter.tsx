import { startTransition, useEffect, useId, useMemo, useOptimistic, useRef, useState } from 'react';
import type { Manifest } from '../../../../domain';
import { regionsOnly } from '../../../lib/api/assemble-dataset';
import { Icon } from '../../../components/icon';
import { FOCUS_REGION_SEARCH } from '../../../lib/use-shortcuts';
import { useT } from '../../../lib/use-t';
import { useUrlState } from '../../../lib/use-url-state';
import { filterRegionTree, manifestRegionTree } from '../region-stats';
import { RegionChecklist } from './region-checklist';
import { RegionChips } from './region-chips';

/**
 * The shared region filter (`?region=`): a disclosure with a text box and a checklist of
 * provinces, cities and districts with article counts. Several may be ticked; a province includes
 * everything inside it. Escape or a click outside closes it; `r` opens it with the text box focused.
 */
export function RegionFilter({ manifest }: { manifest: Manifest | undefined }) {
  const { region, setRegion } = useUrlState();
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const nodes = useMemo(() => (manifest ? manifestRegionTree(manifest) : []), [manifest]);
  const dataset = manifest ? regionsOnly(manifest) : undefined;
  const shown = useMemo(() => filterRegionTree(nodes, query), [nodes, query]);

  useEffect(() => {
    const openAndFocus = () => setOpen(true);
    window.addEventListener(FOCUS_REGION_SEARCH, openAndFocus);
    return () => window.removeEventListener(FOCUS_REGION_SEARCH, openAndFocus);
  }, []);

  useEffect(() => {
    if (!open) return;
    inputRef.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  // Route changes render in a transition; the optimistic copy keeps a ticked box ticked at once
  // (for the eye and for screen readers) instead of flicking back until the new URL renders.
  const [shownRegion, setShownRegion] = useOptimistic(region);
  const toggle = (code: string) =>
    startTransition(() => {
      const next = region.includes(code) ? region.filter((c) => c !== code) : [...region, code];
      setShownRegion(next);
      setRegion(next);
    });
  const summary =
    region.length === 0 ? t('region.all') : t('region.selected', { count: region.length });

  return (
    <div className="flex min-w-0 items-center gap-2">
      <div ref={rootRef} className="relative shrink-0">
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          aria-keyshortcuts="R"
          disabled={!dataset}
          onClick={() => setOpen((was) => !was)}
          className="flex items-center gap-1.5 rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-body hover:border-accent disabled:text-faint"
        >
          <Icon name="pin" className="h-4 w-4 text-accent" />
          <span className="font-medium">{t('region.prefix')}</span>{' '}
          <span>{dataset ? summary : t('region.loading')}</span>
          <Icon name="chevronDown" className="h-3.5 w-3.5" />
        </button>
        {open ? (
          <div
            id={panelId}
            className="absolute top-full left-0 z-50 mt-2 w-80 rounded-xl bg-surface p-3 shadow-xl ring-1 ring-line"
          >
            <label htmlFor={`${panelId}-q`} className="text-xs font-semibold text-muted">
              {t('region.search')}
            </label>
            <input
              ref={inputRef}
              id={`${panelId}-q`}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder={t('region.searchPlaceholder')}
              autoComplete="off"
              className="mt-1 w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm text-body placeholder:text-faint"
            />
            <RegionChecklist nodes={shown} selected={shownRegion} onToggle={toggle} query={query} />
            <div className="mt-3 flex justify-between gap-2 border-t border-line pt-3">
              <button
                type="button"
                onClick={() => setRegion([])}
                disabled={region.length === 0}
                className="rounded-md px-2 py-1 text-sm text-accent hover:underline disabled:text-faint disabled:no-underline"
              >
                {t('region.clear')}
              </button>
              <button
                type="button"
                onClick={close}
                className="rounded-md bg-button px-3 py-1 text-sm font-medium text-white hover:bg-button-hover"
              >
                {t('region.done')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
      <RegionChips
        selected={region}
        dataset={dataset}
        onRemove={toggle}
        onClear={() => setRegion([])}
      />
    </div>
  );
}
