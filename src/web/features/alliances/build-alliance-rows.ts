import type { Entity, EntityStats, Language, PartialDate } from '../../../domain';
import { dateSortKey, isYearless } from '../../../domain/date-order';
import { matchesRegion } from '../../lib/dataset-lookups';
import type { CollaborationType } from '../../lib/domain-enums';

export type AllianceRow = {
  id: string;
  name: string;
  nameLanguage: Language | undefined;
  /** Simplified form when it differs from the original (Traditional sources). */
  zhHans: string | null;
  subtype: CollaborationType;
  regionCode: string | null;
  /**
   * When it was founded, signed or launched: the entity's own date when the pipeline found one,
   * else its earliest dated relation, else the first article reporting it (from its stats).
   */
  date: PartialDate | null;
  dateSource: 'entity' | 'relation' | 'reported' | null;
  members: number;
  articles: number;
};

function toRow(dataset: AllianceSource, entity: Entity): AllianceRow {
  const stats = dataset.stats.get(entity.id);
  const own = entity.date?.value ? entity.date : null;
  const fromRelations = own ? null : (stats?.firstRelationDate ?? null);
  const reported = own || fromRelations ? null : (stats?.firstPublished ?? null);
  return {
    id: entity.id,
    name: entity.names.original,
    nameLanguage: stats?.language,
    zhHans: entity.names.zhHans !== entity.names.original ? entity.names.zhHans : null,
    subtype: entity.subtype as CollaborationType,
    regionCode: entity.regionCode ?? null,
    date: own ?? fromRelations ?? reported,
    dateSource: own ? 'entity' : fromRelations ? 'relation' : reported ? 'reported' : null,
    members: stats?.members ?? 0,
    articles: stats?.articles ?? 0,
  };
}

/** Collaborations and the pipeline's per-entity aggregates: no relation or summary needed. */
export type AllianceSource = {
  entities: readonly Entity[];
  stats: ReadonlyMap<string, EntityStats>;
};

/**
 * Collaborations inside the selected regions. Under a region filter a collaboration without a
 * region code is left out: we cannot say it belongs there.
 */
export function buildAllianceRows(
  dataset: AllianceSource,
  region: readonly string[],
): AllianceRow[] {
  return dataset.entities
    .filter((e) => e.kind === 'collaboration' && matchesRegion([e.regionCode], region))
    .map((e) => toRow(dataset, e));
}

/** One collator for every comparison: `localeCompare` with a locale builds one per call. */
const zhCollator = new Intl.Collator('zh-Hans');

export type SortSpec = {
  sort: 'name' | 'type' | 'region' | 'date' | 'members' | 'articles';
  dir: 'asc' | 'desc';
};

/**
 * Sorted copy; ties fall back to the name so the order is stable. Dates without a year, then
 * undated rows, sort last in either direction, like blanks in a spreadsheet. `regionLabel` gives the shown region name.
 */
export function sortAllianceRows(
  rows: readonly AllianceRow[],
  { sort, dir }: SortSpec,
  regionLabel: (code: string | null) => string,
): AllianceRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: AllianceRow, b: AllianceRow) => zhCollator.compare(a.name, b.name);
  const compare: Record<SortSpec['sort'], (a: AllianceRow, b: AllianceRow) => number> = {
    name: byName,
    type: (a, b) => a.subtype.localeCompare(b.subtype),
    region: (a, b) => regionLabel(a.regionCode).localeCompare(regionLabel(b.regionCode)),
    date: (a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)),
    members: (a, b) => a.members - b.members,
    articles: (a, b) => a.articles - b.articles,
  };
  return [...rows].sort((a, b) => {
    const rank = (row: AllianceRow) => (!row.date ? 2 : isYearless(row.date) ? 1 : 0);
    if (sort === 'date' && rank(a) !== rank(b)) return rank(a) - rank(b);
    return sign * compare[sort](a, b) || byName(a, b);
  });
}
