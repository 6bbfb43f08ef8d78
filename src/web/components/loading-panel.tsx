/** Reserves the space of the content it stands in for, so the page does not jump when data lands. */
export function LoadingPanel({
  label = 'Loading…',
  className = 'min-h-[60vh]',
}: {
  label?: string;
  className?: string;
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={`animate-pulse rounded-xl bg-stone-100 p-6 ${className}`}
    >
      <p className="text-sm text-slate-500">{label}</p>
      <div aria-hidden="true" className="mt-6 space-y-4">
        <div className="h-6 w-1/3 rounded bg-stone-200" />
        <div className="h-4 w-2/3 rounded bg-stone-200" />
        <div className="h-4 w-1/2 rounded bg-stone-200" />
      </div>
    </div>
  );
}
