import type { DatasetIndex, Entity, Language, PartialDate, RelationType } from '../../../domain';
import { compareDates, dateSortKey, isYearless } from '../../../domain/date-order';
import { lookups, matchesRegion } from '../../lib/dataset-lookups';
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
   * else its earliest dated relation, else the first article reporting it.
   */
  date: PartialDate | null;
  dateSource: 'entity' | 'relation' | 'reported' | null;
  members: number;
  articles: number;
};

/** Relations that make an entity a participant (not a guide, witness or a mere co-mention). */
const PARTICIPATION: ReadonlySet<RelationType> = new Set<RelationType>([
  'member',
  'founder',
  'organiser',
  'co-organiser',
  'signatory',
  'operator',
  'launched',
]);

function firstDate(dates: (PartialDate | null | undefined)[]): PartialDate | null {
  const dated = dates.filter((d): d is PartialDate => Boolean(d?.value));
  return dated.sort(compareDates)[0] ?? null;
}

function toRow(dataset: DatasetIndex, entity: Entity): AllianceRow {
  const find = lookups(dataset);
  const relations = find.relationsOf(entity.id);
  const members = new Set(
    relations
      .filter((r) => PARTICIPATION.has(r.type))
      .map((r) => (r.source === entity.id ? r.target : r.source)),
  );
  const articles = find.articlesOf(entity.id);
  const own = entity.date?.value ? entity.date : null;
  const fromRelations = own ? null : firstDate(relations.map((r) => r.date));
  const reported = own || fromRelations ? null : firstDate(articles.map((a) => a.publishedAt));
  return {
    id: entity.id,
    name: entity.names.original,
    nameLanguage: find.entityLanguage(entity.id),
    zhHans: entity.names.zhHans !== entity.names.original ? entity.names.zhHans : null,
    subtype: entity.subtype as CollaborationType,
    regionCode: entity.regionCode ?? null,
    date: own ?? fromRelations ?? reported,
    dateSource: own ? 'entity' : fromRelations ? 'relation' : reported ? 'reported' : null,
    members: members.size,
    articles: articles.length,
  };
}

/**
 * Collaborations inside the selected regions. Under a region filter a collaboration without a
 * region code is left out: we cannot say it belongs there.
 */
export function buildAllianceRows(dataset: DatasetIndex, region: readonly string[]): AllianceRow[] {
  return dataset.entities
    .filter((e) => e.kind === 'collaboration' && matchesRegion([e.regionCode], region))
    .map((e) => toRow(dataset, e));
}

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
  const byName = (a: AllianceRow, b: AllianceRow) => a.name.localeCompare(b.name, 'zh-Hans');
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
