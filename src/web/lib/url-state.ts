import * as z from 'zod/mini';
import { COLLABORATION_TYPES, type CollaborationType } from './domain-enums';
import { isValidDayDate, rangeStart } from './date-range';

/**
 * Every search param the app understands, parsed with fallbacks: a bad value never crashes a page,
 * it falls back (an unknown code in `region` is dropped, not the whole list). zod/mini keeps this
 * in the entry chunk at a few kilobytes.
 */
export type UiLang = 'en' | 'zh';
export type SortKey = 'name' | 'type' | 'region' | 'date' | 'members' | 'articles';
export type SortDir = 'asc' | 'desc';
export type ScriptMode = 'original' | 'hans';
/** Search facets (`/search`): the article-language facet is `language`, since `lang` is the UI's. */
export type SearchLanguageParam = 'zh-Hans' | 'zh-Hant' | 'en';
export type SearchKindParam = 'article' | 'collaboration' | 'institution' | 'person';
export const SEARCH_LANGUAGES: SearchLanguageParam[] = ['zh-Hans', 'zh-Hant', 'en'];
export const SEARCH_KINDS: SearchKindParam[] = [
  'collaboration',
  'institution',
  'person',
  'article',
];
/** Queries longer than this are cut (the engine reads no further). */
export const MAX_QUERY_LENGTH = 200;

export type UrlState = {
  /** GB/T 2260 codes; a province code also matches its cities and districts. Empty = all. */
  region: string[];
  lang: UiLang;
  /** Time range of the timeline: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. */
  from: string | null;
  to: string | null;
  type: CollaborationType[];
  sort: SortKey;
  dir: SortDir;
  script: ScriptMode;
  /** `/search`: the query, and its facets (one value each). */
  q: string;
  language: SearchLanguageParam | null;
  kind: SearchKindParam | null;
  year: number | null;
};

export const SORT_KEYS: SortKey[] = ['name', 'type', 'region', 'date', 'members', 'articles'];
/** Text columns read A→Z by default, quantities largest first. */
export const defaultDir = (sort: SortKey): SortDir =>
  sort === 'name' || sort === 'type' || sort === 'region' ? 'asc' : 'desc';

export const DEFAULT_URL_STATE: UrlState = {
  region: [],
  lang: 'en',
  from: null,
  to: null,
  type: [],
  sort: 'articles',
  dir: 'desc',
  script: 'original',
  q: '',
  language: null,
  kind: null,
  year: null,
};

/** Params that links carry along when moving between routes. */
export const RETAINED_PARAMS = ['region', 'lang'] as const;
export type SharedState = Pick<UrlState, (typeof RETAINED_PARAMS)[number]>;

const commaList = <T extends string>(keep: (part: string) => part is T) =>
  z.catch(
    z.pipe(
      z.string(),
      z.transform((raw) => [...new Set(raw.split(',').map((part) => part.trim()))].filter(keep)),
    ),
    [],
  );

const isRegionCode = (part: string): part is string => /^\d{6}$/.test(part);
const isType = (part: string): part is CollaborationType =>
  (COLLABORATION_TYPES as string[]).includes(part);

const PartialDateParam = z.catch(
  z.nullable(z.string().check(z.refine((value) => isValidDayDate(value)))),
  null,
);

const schemas = {
  region: commaList(isRegionCode),
  lang: z.catch(z.enum(['en', 'zh']), DEFAULT_URL_STATE.lang),
  from: PartialDateParam,
  to: PartialDateParam,
  type: commaList(isType),
  sort: z.catch(z.enum(SORT_KEYS), DEFAULT_URL_STATE.sort),
  dir: z.catch(z.nullable(z.enum(['asc', 'desc'])), null),
  script: z.catch(z.enum(['original', 'hans']), DEFAULT_URL_STATE.script),
  q: z.catch(
    z.pipe(
      z.string(),
      z.transform((raw) => raw.slice(0, MAX_QUERY_LENGTH)),
    ),
    '',
  ),
  language: z.catch(z.nullable(z.enum(SEARCH_LANGUAGES)), null),
  kind: z.catch(z.nullable(z.enum(SEARCH_KINDS)), null),
  year: z.catch(
    z.nullable(
      z.pipe(
        z.string().check(z.regex(/^\d{4}$/)),
        z.transform((raw) => Number(raw)),
      ),
    ),
    null,
  ),
};

export function parseUrlState(search: URLSearchParams): UrlState {
  const read = <K extends keyof typeof schemas>(name: K) => {
    const raw = search.get(name);
    return raw === null ? undefined : (schemas[name].parse(raw) as z.infer<(typeof schemas)[K]>);
  };
  const sort = read('sort') ?? DEFAULT_URL_STATE.sort;
  let from = read('from') ?? null;
  let to = read('to') ?? null;
  // A reversed range is read as the range the person meant, not as an empty one.
  if (from && to && rangeStart(from) > rangeStart(to)) [from, to] = [to, from];
  return {
    region: read('region') ?? DEFAULT_URL_STATE.region,
    lang: read('lang') ?? DEFAULT_URL_STATE.lang,
    from,
    to,
    type: read('type') ?? DEFAULT_URL_STATE.type,
    sort,
    dir: read('dir') ?? defaultDir(sort),
    script: read('script') ?? DEFAULT_URL_STATE.script,
    q: read('q') ?? DEFAULT_URL_STATE.q,
    language: read('language') ?? null,
    kind: read('kind') ?? null,
    year: read('year') ?? null,
  };
}

/** Values that equal their default are left out, so links stay short and canonical. */
function serialise(state: Partial<UrlState>): [string, string][] {
  const out: [string, string][] = [];
  const { from, to, type, sort, dir, script, region, lang } = state;
  const { q, language, kind, year } = state;
  if (q) out.push(['q', q]);
  if (kind) out.push(['kind', kind]);
  if (language) out.push(['language', language]);
  if (year) out.push(['year', String(year)]);
  if (from) out.push(['from', from]);
  if (to) out.push(['to', to]);
  if (type?.length) out.push(['type', type.join(',')]);
  if (sort && sort !== DEFAULT_URL_STATE.sort) out.push(['sort', sort]);
  if (dir && dir !== defaultDir(sort ?? DEFAULT_URL_STATE.sort)) out.push(['dir', dir]);
  if (script && script !== DEFAULT_URL_STATE.script) out.push(['script', script]);
  if (region?.length) out.push(['region', region.join(',')]);
  if (lang && lang !== DEFAULT_URL_STATE.lang) out.push(['lang', lang]);
  return out;
}

const KNOWN = new Set(Object.keys(DEFAULT_URL_STATE));

/**
 * Serialises state into a `?…` string (or '' when all are default). Params the app does not know
 * (a later feature's, say `focus`) are kept from `extra`. Commas stay literal so shared links read
 * as `?region=610000,210100`.
 */
export function toSearch(state: Partial<UrlState>, extra?: URLSearchParams): string {
  const parts: string[] = [];
  extra?.forEach((value, name) => {
    if (!KNOWN.has(name)) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  });
  for (const [name, value] of serialise(state))
    parts.push(`${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
