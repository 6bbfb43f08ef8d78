import { useEffect, useRef, useState } from 'react';
import { useT } from '../lib/use-t';
import { Icon } from './icon';

type Status = 'idle' | 'copied' | 'failed';
const RESET_MS = 2500;

/** Copies the current address (which holds the whole view) and says so, visibly and aloud. */
export function CopyLinkButton() {
  const { t } = useT();
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    timer.current = window.setTimeout(() => setStatus('idle'), RESET_MS);
  };

  return (
    <div className="relative shrink-0">
      <button
        type="button"
        onClick={() => void copy()}
        className="flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-muted hover:bg-sunken hover:text-ink"
      >
        <Icon name={status === 'copied' ? 'check' : 'link'} />
        {status === 'copied' ? t('shell.copied') : t('shell.copyLink')}
      </button>
      <p
        role="status"
        className={
          status === 'failed'
            ? 'absolute top-full right-0 z-50 mt-1 w-64 rounded-md bg-surface p-2 text-xs text-danger shadow-lg ring-1 ring-line'
            : 'sr-only'
        }
      >
        {status === 'copied'
          ? t('shell.copiedStatus')
          : status === 'failed'
            ? t('shell.copyFailed')
            : ''}
      </p>
    </div>
  );
}
