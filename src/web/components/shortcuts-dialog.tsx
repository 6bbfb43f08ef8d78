import { useEffect, useRef } from 'react';
import { useT } from '../lib/use-t';

type ShortcutsDialogProps = { open: boolean; onClose: () => void };

const SHORTCUTS = [
  { keys: ['?'], action: 'help' },
  { keys: ['/'], action: 'search' },
  { keys: ['R'], action: 'region' },
  { keys: ['↑', '↓'], action: 'move' },
  { keys: ['Home', 'End'], action: 'ends' },
  { keys: ['Esc'], action: 'close' },
] as const;

/** A modal <dialog>: the browser traps focus, closes on Escape and restores focus afterwards. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="m-auto w-full max-w-md rounded-xl bg-surface p-6 text-body shadow-xl ring-1 ring-line backdrop:bg-slate-950/50"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold text-ink">
        {t('shortcuts.title')}
      </h2>
      <table className="mt-4 w-full text-sm">
        <caption className="sr-only">{t('shortcuts.title')}</caption>
        <tbody className="divide-y divide-line">
          {SHORTCUTS.map(({ keys, action }) => (
            <tr key={action}>
              <th scope="row" className="py-2 pr-4 text-left font-normal whitespace-nowrap">
                {keys.map((key) => (
                  <kbd
                    key={key}
                    className="mr-1 rounded border border-line-strong bg-sunken px-1.5 py-0.5 font-mono text-xs text-ink"
                  >
                    {key}
                  </kbd>
                ))}
              </th>
              <td className="py-2 text-muted">{t(`shortcuts.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-5 text-right">
        <button
          type="button"
          onClick={onClose}
          className="rounded-md bg-button px-4 py-2 text-sm font-medium text-white hover:bg-button-hover"
        >
          {t('shortcuts.dismiss')}
        </button>
      </div>
    </dialog>
  );
}
