import type { Gazetteer, GazetteerRow } from '../lib/gazetteer';
import type { ResolvedRegion } from './resolve-regions';

/**
 * The article's own place: what `市`, `区`, `省` and a bare `高新区` mean in it (`市卫健委` in a
 * Shenyang article is Shenyang's). The most named city (a municipality counts as a city), district
 * and province, and the one zone written with its city (`济宁高新区`).
 */
export interface ArticlePlace {
  province?: GazetteerRow;
  city?: GazetteerRow;
  district?: GazetteerRow;
  /** The zone a bare `高新区` means: its name and codes. */
  zone?: { name: string; codes: string[] };
  /** Every code the article names, with ancestors: context for ambiguous names. */
  codes: Set<string>;
}

function mostNamed(counts: Map<string, number>, gaz: Gazetteer): GazetteerRow | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best ? gaz.byCode.get(best[0]) : undefined;
}

export function articlePlace(resolved: ResolvedRegion[], gaz: Gazetteer): ArticlePlace {
  const cities = new Map<string, number>();
  const districts = new Map<string, number>();
  const provinces = new Map<string, number>();
  const zones = new Map<string, { name: string; codes: string[]; n: number }>();
  const codes = new Set<string>();
  const bump = (m: Map<string, number>, c: string) => m.set(c, (m.get(c) ?? 0) + 1);
  for (const r of resolved) {
    for (const code of r.codes) {
      let row = gaz.byCode.get(code);
      while (row) {
        codes.add(row.code);
        if (row.level === 'district') bump(districts, row.code);
        else if (row.level === 'city') bump(cities, row.code);
        else {
          bump(provinces, row.code);
          // 上海市, 北京市: a municipality is the city `市` refers to.
          if (row.name.endsWith('市')) bump(cities, row.code);
        }
        row = row.parentCode ? gaz.byCode.get(row.parentCode) : undefined;
      }
    }
    if (r.kind === 'zone' && r.codes.length) {
      const z = zones.get(r.name) ?? { name: r.name, codes: r.codes, n: 0 };
      zones.set(r.name, { ...z, n: z.n + 1 });
    }
  }
  const zone = [...zones.values()].sort((a, b) => b.n - a.n)[0];
  return {
    province: mostNamed(provinces, gaz),
    city: mostNamed(cities, gaz),
    district: mostNamed(districts, gaz),
    ...(zone ? { zone: { name: zone.name, codes: zone.codes } } : {}),
    codes,
  };
}

/** The full name a relative name stands for (`市卫健委` → `沈阳市卫健委`), or null when the article does not say. */
export function completeRelative(
  name: string,
  place: ArticlePlace,
  bareZone: boolean,
): string | null {
  if (bareZone) {
    const m = /^(?:高新区|经开区|开发区|自贸区)/.exec(name);
    if (!m || !place.zone || !place.zone.name.endsWith(m[0])) return null;
    return place.zone.name + name.slice(m[0].length);
  }
  const own = {
    市: place.city,
    区: place.district,
    县: place.district,
    省: place.province,
    州: place.city,
  };
  if (!(name[0]! in own)) {
    // No place word at all (`科技局`): a provincial department (`厅`) is the province's, others the city's.
    const row = /厅$/.test(name) ? place.province : place.city;
    return row ? row.name + name : null;
  }
  const row = own[name[0] as keyof typeof own];
  if (
    !row ||
    (name[0] === '区' && !row.name.endsWith('区')) ||
    (name[0] === '县' && !row.name.endsWith('县'))
  )
    return null;
  return row.name + name.slice(1);
}
