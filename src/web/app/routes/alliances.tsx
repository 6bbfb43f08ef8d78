import { useCallback, useMemo } from 'react';
import { FacetFilter } from '../../components/facet-filter';
import { PageHeader } from '../../components/page-header';
import { buildAllianceRows, sortAllianceRows } from '../../features/alliances/build-alliance-rows';
import { AlliancesTable } from '../../features/alliances/components/alliances-table';
import { useLoadedDataset, type DatasetParts } from '../../lib/api/get-dataset';
import { countFacets } from '../../lib/collaboration-facets';
import { lookups, regionName } from '../../lib/dataset-lookups';
import { useT } from '../../lib/use-t';
import { useUrlState } from '../../lib/use-url-state';
import { registerViewStrings } from '../../lib/i18n/views';

// This view's UI strings travel with its chunk.
registerViewStrings();

/** Collaborations with their aggregates: a few MB even at 100k articles. */
const COLLABORATIONS: DatasetParts = { summaries: false, entities: ['c'], relations: false };

/** `/alliances`: every collaboration in the region, sortable, with type facets. */
export default function AlliancesRoute() {
  const dataset = useLoadedDataset(COLLABORATIONS);
  const { region, type, sort, dir, update } = useUrlState();
  const { t, lang } = useT();
  const regionLabel = useCallback(
    (code: string | null) => (code ? regionName(lookups(dataset).region(code), lang) : '—'),
    [dataset, lang],
  );
  const inRegion = useMemo(() => buildAllianceRows(dataset, region), [dataset, region]);
  const facets = useMemo(() => countFacets(inRegion, (row) => [row.subtype]), [inRegion]);
  const rows = useMemo(
    () =>
      sortAllianceRows(
        inRegion.filter((row) => type.length === 0 || type.includes(row.subtype)),
        { sort, dir },
        regionLabel,
      ),
    [inRegion, type, sort, dir, regionLabel],
  );
  return (
    <>
      <PageHeader
        title={t('alliances.title')}
        description={t('alliances.description', { count: rows.length })}
      />
      <div className="mb-5">
        <FacetFilter options={facets} selected={type} onChange={(next) => update({ type: next })} />
      </div>
      {rows.length === 0 ? (
        <p className="rounded-xl bg-surface p-8 text-muted">{t('alliances.empty')}</p>
      ) : (
        <AlliancesTable
          rows={rows}
          sort={sort}
          dir={dir}
          onSort={(s, d) => update({ sort: s, dir: d })}
          regionLabel={regionLabel}
        />
      )}
    </>
  );
}
