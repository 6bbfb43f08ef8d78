import type { Language, Removal } from '../../../../domain';
import { useT } from '../../../lib/use-t';
import { summariseRemovals } from '../../../lib/summarise-removals';

/** Shows what the cleaner took out, so readers can judge it; spam is counted, never quoted. */
export function RemovalSummary({ removed, language }: { removed: Removal[]; language: Language }) {
  const { t } = useT();
  const groups = summariseRemovals(removed);
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return (
    <details className="rounded-lg bg-surface p-4 text-sm ring-1 ring-line print:hidden">
      <summary className="cursor-pointer font-medium text-body">
        {t('reader.removed.summary', { count: total })}
      </summary>
      {groups.length === 0 ? (
        <p className="mt-3 text-faint">{t('reader.removed.nothing')}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {groups.map((group) => (
            <li key={group.kind}>
              <p className="font-medium text-ink">
                {group.kind === 'spam'
                  ? t('reader.removed.spam', { count: group.count })
                  : t('reader.removed.kind', {
                      kind: t(`removalKinds.${group.kind}`),
                      count: group.count,
                    })}
              </p>
              <p className="text-xs break-words text-faint">
                {t('reader.removed.rules', { rules: group.rules.join(', ') })}
              </p>
              {group.samples.map((sample, i) => (
                <q key={i} lang={language} className="mt-1 block text-muted italic">
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
