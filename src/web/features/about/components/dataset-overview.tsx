import type { Manifest } from '../../../../domain';
import { ENTITY_KINDS, LANGUAGES } from '../../../lib/domain-enums';
import { useT } from '../../../lib/use-t';
import { manifestCounts } from '../dataset-counts';

const card = 'rounded-xl bg-surface p-4 ring-1 ring-line';

/** What the dataset is, how it was built, and how much of everything it holds. */
export function DatasetOverview({ manifest }: { manifest: Manifest }) {
  const { t } = useT();
  const counts = manifestCounts(manifest);
  const stat = (label: string, value: number | string, detail?: string) => (
    <div key={label} className={card}>
      <dt className="text-xs font-semibold tracking-wide text-faint uppercase">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-ink tabular-nums">{value}</dd>
      {detail ? <dd className="mt-1 text-xs text-muted">{detail}</dd> : null}
    </div>
  );
  return (
    <>
      <section aria-labelledby="about-what" className="max-w-prose space-y-3 text-body">
        <h2 id="about-what" className="text-xl font-semibold text-ink">
          {t('about.what.title')}
        </h2>
        <p>{t('about.what.body')}</p>
        <h2 className="pt-3 text-xl font-semibold text-ink">{t('about.how.title')}</h2>
        <ol className="list-decimal space-y-1.5 pl-5">
          {(['clean', 'dates', 'entities', 'validate'] as const).map((step) => (
            <li key={step}>{t(`about.how.${step}`)}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="about-counts">
        <h2 id="about-counts" className="text-xl font-semibold text-ink">
          {t('about.counts.title')}
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-3 md:grid-cols-4">
          {stat(
            t('about.counts.articles'),
            counts.articles,
            LANGUAGES.filter((l) => counts.byLanguage[l])
              .map((l) => `${t(`languages.${l}`)} ${counts.byLanguage[l]}`)
              .join(' · '),
          )}
          {ENTITY_KINDS.map((kind) =>
            stat(t(`about.counts.kinds.${kind}`), counts.byKind[kind] ?? 0),
          )}
          {stat(
            t('about.counts.relations'),
            counts.relations,
            t('about.counts.dated', { count: counts.datedRelations }),
          )}
          {stat(t('about.counts.regions'), counts.regions)}
          {stat(
            t('about.counts.years'),
            counts.years ? `${counts.years[0]}–${counts.years[1]}` : '—',
          )}
        </dl>
      </section>
    </>
  );
}
