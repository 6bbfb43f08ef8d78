import { useMemo } from 'react';
import { FacetFilter } from '../../components/facet-filter';
import { PageHeader } from '../../components/page-header';
import { deriveTimeline } from '../../features/timeline/derive-timeline';
import { RangeInputs } from '../../features/timeline/components/range-inputs';
import { TimelineHistogram } from '../../features/timeline/components/timeline-histogram';
import { TimelineList } from '../../features/timeline/components/timeline-list';
import { TIMELINE_PARTS, useLoadedDataset } from '../../lib/api/get-dataset';
import { useLoadedManifest } from '../../lib/api/get-manifest';
import { useT } from '../../lib/use-t';
import { useUrlState } from '../../lib/use-url-state';

/** `/`: events and publications on a time axis — overview, range, type facets, grouped list. */
export default function TimelineRoute() {
  const manifest = useLoadedManifest();
  const dataset = useLoadedDataset(TIMELINE_PARTS);
  const { region, type, from, to, update } = useUrlState();
  const { t } = useT();
  const { facets, histogram, timeline, rows } = useMemo(
    () => deriveTimeline(dataset, { region, type, from, to }, manifest.density),
    [dataset, region, type, from, to, manifest],
  );
  const shown = timeline.dated.length + timeline.yearless.length + timeline.undated.length;

  return (
    <>
      <PageHeader
        title={t('timeline.title')}
        description={t('timeline.description', {
          count: shown,
          dated: timeline.dated.length,
          yearless: timeline.yearless.length,
          undated: timeline.undated.length,
        })}
      />
      <section
        aria-labelledby="timeline-controls"
        className="mb-8 space-y-5 rounded-xl bg-surface p-5 ring-1 ring-line"
      >
        <h2 id="timeline-controls" className="sr-only">
          {t('timeline.controls')}
        </h2>
        <FacetFilter options={facets} selected={type} onChange={(next) => update({ type: next })} />
        <div className="flex flex-col gap-5 lg:flex-row lg:items-start">
          <TimelineHistogram
            histogram={histogram}
            from={from}
            to={to}
            onSelect={(nextFrom, nextTo) => update({ from: nextFrom, to: nextTo })}
          />
          <RangeInputs
            from={from}
            to={to}
            onApply={(nextFrom, nextTo) => update({ from: nextFrom, to: nextTo })}
          />
        </div>
      </section>
      {timeline.outsideRange > 0 ? (
        <p className="mb-4 text-sm text-muted">
          {t('timeline.outsideRange', { count: timeline.outsideRange })}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-xl bg-surface p-8 text-muted">{t('timeline.empty')}</p>
      ) : (
        <TimelineList rows={rows} />
      )}
    </>
  );
}
