import type { DatasetIndex } from '../../../domain';
import { regionContains } from '../../../domain';

export type ProvinceOption = {
  code: string;
  name: string;
  nameEn?: string;
  /** Articles with at least one region inside this province. */
  articleCount: number;
};

/** The provinces the filter offers, in code order (GB/T 2260 groups them geographically). */
export function provinceOptions(dataset: DatasetIndex): ProvinceOption[] {
  return dataset.regions
    .filter((region) => region.level === 'province')
    .map((province) => ({
      code: province.code,
      name: province.name,
      ...(province.nameEn ? { nameEn: province.nameEn } : {}),
      articleCount: dataset.articles.filter((article) =>
        article.regionCodes.some((code) => regionContains(province.code, code)),
      ).length,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export function optionLabel(option: ProvinceOption): string {
  const name = option.nameEn ? `${option.name} ${option.nameEn}` : option.name;
  return `${name} (${option.articleCount})`;
}
