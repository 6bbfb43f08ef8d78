import { startTransition, useMemo, useOptimistic } from 'react';
import { PageHeader } from '../../components/page-header';
import { MapLegend } from '../../features/regions/components/map-legend';
import { RegionMap } from '../../features/regions/components/region-map';
import { RegionTable } from '../../features/regions/components/region-table';
import { scaleSteps } from '../../features/regions/map-scale';
import { manifestRegionStats, manifestRegionTree } from '../../features/regions/region-stats';
import { useLoadedManifest } from '../../lib/api/get-manifest';
import { useT } from '../../lib/use-t';
import { useUrlState } from '../../lib/use-url-state';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** `/regions`: the map of provinces shaded by collaborations, and the same numbers as a table (from the manifest alone). */
export default function RegionsRoute() {
  const manifest = useLoadedManifest();
  const { region, setRegion } = useUrlState();
  const { t } = useT();
  const stats = manifestRegionStats(manifest);
  const nodes = useMemo(() => manifestRegionTree(manifest), [manifest]);
  const steps = useMemo(
    () =>
      scaleSteps(
        Math.max(0, ...nodes.filter((n) => n.depth === 0).map((n) => n.stats.collaborations)),
      ),
    [nodes],
  );
  // Pressed at once, even while the new URL renders in a transition (see region-filter.tsx).
  const [selected, setSelected] = useOptimistic(region);
  const toggle = (code: string) =>
    startTransition(() => {
      const next = region.includes(code) ? region.filter((c) => c !== code) : [...region, code];
      setSelected(next);
      setRegion(next);
    });
  return (
    <>
      <PageHeader title={t('regions.title')} description={t('regions.description')} />
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section
          aria-labelledby="regions-map-heading"
          className="rounded-xl bg-surface p-4 ring-1 ring-line lg:sticky lg:top-[calc(var(--header-h)+1rem)]"
        >
          <h2 id="regions-map-heading" className="sr-only">
            {t('regions.mapHeading')}
          </h2>
          <RegionMap stats={stats} steps={steps} selected={selected} onToggle={toggle} />
          <MapLegend steps={steps} />
        </section>
        <section aria-labelledby="regions-table-heading">
          <h2 id="regions-table-heading" className="mb-3 text-lg font-semibold text-ink">
            {t('regions.tableHeading')}
          </h2>
          <RegionTable nodes={nodes} selected={selected} onToggle={toggle} />
        </section>
      </div>
    </>
  );
}
