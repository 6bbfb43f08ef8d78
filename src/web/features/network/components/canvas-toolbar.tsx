import { useState } from 'react';
import { useT } from '../../../lib/use-t';
import { download } from '../../../lib/download';
import { readPalette } from '../theme-colours';
import { useCy } from '../use-cy';
import { RELAYOUT_LIMIT, relayoutVisible } from './network-canvas';

const button =
  'rounded-md bg-surface px-2.5 py-1 text-sm text-body shadow-sm ring-1 ring-line-strong hover:ring-accent disabled:opacity-50';

/** Fit, re-layout (small views only) and PNG of the current view, over the canvas. */
export function CanvasToolbar({ visibleNodes }: { visibleNodes: number }) {
  const cy = useCy();
  const { t } = useT();
  const canRelayout = visibleNodes > 0 && visibleNodes <= RELAYOUT_LIMIT;
  const [busy, setBusy] = useState(false);
  const relayout = () => {
    setBusy(true);
    // Let the button repaint as busy before the layout takes the main thread.
    setTimeout(() => {
      relayoutVisible(cy);
      setBusy(false);
    }, 20);
  };
  const png = () => {
    const blob = cy.png({ output: 'blob', full: false, scale: 2, bg: readPalette().canvas });
    download('alliance-network.png', blob);
  };
  return (
    <div className="absolute top-2 right-2 z-10 flex gap-2">
      <button type="button" className={button} onClick={() => cy.fit(cy.elements(':visible'), 30)}>
        {t('network.actions.fit')}
      </button>
      <button
        type="button"
        className={button}
        onClick={relayout}
        disabled={!canRelayout || busy}
        title={
          canRelayout ? undefined : t('network.actions.relayoutLimit', { limit: RELAYOUT_LIMIT })
        }
      >
        {busy ? t('network.actions.relayouting') : t('network.actions.relayout')}
      </button>
      <button type="button" className={button} onClick={png}>
        {t('network.export.png')}
      </button>
    </div>
  );
}
