import type { Language, Removal } from '../../../../domain';
import { summariseRemovals } from '../summarise-removals';

/** Shows what the cleaner took out, so readers can judge it; spam is counted, never quoted. */
export function RemovalSummary({ removed, language }: { removed: Removal[]; language: Language }) {
  const groups = summariseRemovals(removed);
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return (
    <details className="rounded-lg bg-white p-4 text-sm ring-1 ring-stone-200">
      <summary className="cursor-pointer font-medium text-slate-700">
        What was removed ({total} {total === 1 ? 'passage' : 'passages'})
      </summary>
      {groups.length === 0 ? (
        <p className="mt-3 text-slate-500">Nothing was removed.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {groups.map((group) => (
            <li key={group.kind}>
              <p className="font-medium text-slate-800">
                {group.kind === 'spam'
                  ? `Spam: ${group.count} ${group.count === 1 ? 'passage' : 'passages'} (not shown)`
                  : `${group.kind}: ${group.count}`}
              </p>
              <p className="text-xs text-slate-500">Rule: {group.rules.join(', ')}</p>
              {group.samples.map((sample, i) => (
                <q key={i} lang={language} className="mt-1 block text-slate-600 italic">
                  {sample}
                </q>
              ))}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
