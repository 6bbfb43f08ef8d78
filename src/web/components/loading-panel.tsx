import { useT } from '../lib/use-t';

/** Reserves the space of the content it stands in for, so the page does not jump when data lands. */
export function LoadingPanel({
  label,
  className = 'min-h-[60vh]',
}: {
  label?: string;
  className?: string;
}) {
  const { t } = useT();
  return (
    <div role="status" aria-live="polite" className={`rounded-xl bg-sunken p-6 ${className}`}>
      <p className="text-sm text-faint">{label ?? t('common.loading')}</p>
      <div aria-hidden="true" className="mt-6 animate-pulse space-y-4">
        <div className="h-6 w-1/3 rounded bg-line" />
        <div className="h-4 w-2/3 rounded bg-line" />
        <div className="h-4 w-1/2 rounded bg-line" />
      </div>
    </div>
  );
}
