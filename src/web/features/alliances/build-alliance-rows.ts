import type { DatasetIndex, EntitySubtype, Language } from '../../../domain';
import { lookups, matchesRegion, regionLabel } from '../../lib/dataset-lookups';

export type AllianceRow = {
  id: string;
  name: string;
  nameLanguage: Language | undefined;
  /** Simplified form when it differs from the original (Traditional sources). */
  zhHans: string | null;
  subtype: EntitySubtype;
  regionCode: string | null;
  regionName: string;
  articleCount: number;
};

/**
 * Collaborations inside the selected regions, most reported first. Under a region filter a
 * collaboration without a region code is left out: we cannot say it belongs there.
 */
export function buildAllianceRows(dataset: DatasetIndex, region: readonly string[]): AllianceRow[] {
  const find = lookups(dataset);
  return dataset.entities
    .filter((e) => e.kind === 'collaboration' && matchesRegion([e.regionCode], region))
    .map((e) => ({
      id: e.id,
      name: e.names.original,
      nameLanguage: find.entityLanguage(e.id),
      zhHans: e.names.zhHans !== e.names.original ? e.names.zhHans : null,
      subtype: e.subtype,
      regionCode: e.regionCode ?? null,
      regionName: regionLabel(find.region(e.regionCode)),
      articleCount: find.articlesOf(e.id).length,
    }))
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name, 'zh-Hans'));
}
