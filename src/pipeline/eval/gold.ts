import { readFileSync } from 'node:fs';
import type { RelationType } from '../../domain';

/**
 * data/gold/seeds.json read for evaluation (never at build time). Each article's gold items get the
 * names they may be matched by (Simplified name, original, English, aliases as stated) and a status:
 * `counted` items score, `neutral` ones (optional, metadata-only, boilerplate-only) neither reward
 * nor penalise.
 */
export type Status = 'core' | 'mentioned' | 'neutral';

export interface GoldItem {
  ref: string;
  kind: 'collaboration' | 'institution' | 'person' | 'region';
  status: Status;
  names: string[];
  date?: string;
}

export interface GoldRelation {
  source: string;
  target: string;
  type: RelationType;
  counted: boolean;
}

export interface GoldArticle {
  id: string;
  items: GoldItem[];
  relations: GoldRelation[];
}

type Raw = Record<string, unknown>;
const str = (v: unknown): string[] => (typeof v === 'string' && v ? [v] : []);
/** `普陀區生命健康產業聯盟 (caption, line 21)` → the name; `Chen Wenxing (also "wen-xing Chen")` → both. */
function namesIn(v: unknown): string[] {
  return str(v).flatMap((s) => {
    const also = [...s.matchAll(/also "([^"]+)"/g)].map((m) => m[1]!);
    const main = s.replace(/\s*[(（][^)）]*[)）]\s*$/, '').split(/\s+\/\s+/);
    return [...main, ...also]
      .map((x) => x.trim())
      .filter((x) => x && !/^[联聯]盟$|^委[员員]會?$/.test(x));
  });
}
const aliases = (o: Raw) => ((o.aliases_in_text as unknown[]) ?? []).flatMap(namesIn);

/** A role as the annotation words it (`co-unveiler; name-giver …`) → one of our relation types. */
export function roleType(role: string): RelationType | null {
  // The leading words say the role; what follows in brackets or after `;` explains it.
  const r = role.toLowerCase().split(/[(;（]/)[0]!;
  if (/not a member|possible|guest|participant|attended|venue/.test(r)) return null;
  if (/witness/.test(r)) return 'witness';
  if (/signatory/.test(r)) return 'signatory';
  if (/undertaker|co-organi[sz]er|承办|协办|承辦|協辦/.test(r)) return 'co-organiser';
  if (/organi[sz]er|主办|主辦|co-sponsor/.test(r)) return 'organiser';
  if (/operator/.test(r)) return 'operator';
  if (/unveil|launch(?!\s+participant)/.test(r)) return 'launched';
  if (/founder/.test(r)) return 'founder';
  if (/guide|指导|指導|supporter/.test(r)) return 'guide';
  if (/member|affiliation of/.test(r)) return 'member';
  return null;
}
const counts = (basis: unknown) => typeof basis === 'string' && /^stated/.test(basis);

function readArticle(a: Raw): GoldArticle {
  const items: GoldItem[] = [];
  for (const c of (a.collaborations as Raw[]) ?? []) {
    const status = c.gold_status === 'optional' ? 'neutral' : (c.gold_status as Status);
    const date = (c.date as Raw | null)?.value;
    items.push({
      ref: c.id as string,
      kind: 'collaboration',
      status,
      names: [...namesIn(c.name_zh_Hans), ...namesIn(c.name_original), ...aliases(c)],
      ...(typeof date === 'string' ? { date } : {}),
    });
  }
  for (const i of (a.institutions as Raw[]) ?? []) {
    const hidden = /metadata|boilerplate/.test(String(i.mention_context ?? ''));
    const names = [
      ...namesIn(i.name_zh_Hans),
      ...namesIn(i.name_original),
      ...namesIn(i.name_en),
      ...aliases(i),
    ];
    items.push({
      ref: i.id as string,
      kind: 'institution',
      status: hidden ? 'neutral' : 'core',
      names,
    });
  }
  for (const p of (a.people as Raw[]) ?? []) {
    const hidden = p.gold_status === 'optional' || /metadata/.test(String(p.mention_context ?? ''));
    const stated = String(p.mention_as_stated ?? '')
      .replace(/^(?:Mr|Ms|Dr)\.\s*/, '')
      .split(',')[0]!;
    const names = [
      ...namesIn(p.name_zh_Hans),
      ...namesIn(p.name_original),
      ...namesIn(p.pinyin),
      ...namesIn(p.name_as_stated),
    ];
    if (!names.length && stated) names.push(stated);
    items.push({ ref: p.id as string, kind: 'person', status: hidden ? 'neutral' : 'core', names });
  }
  ((a.regions as Raw[]) ?? []).forEach((r, n) => {
    const names = [...namesIn(r.name_zh_Hans), ...namesIn(r.name_as_stated), ...namesIn(r.name_en)];
    items.push({ ref: `${a.id as string}-R${n}`, kind: 'region', status: 'core', names });
  });
  // A relation to an item that does not count (optional, metadata-only) does not count either.
  const neutral = new Set(items.filter((i) => i.status === 'neutral').map((i) => i.ref));
  const relations = readRelations(a).map((r) => ({
    ...r,
    counted: r.counted && !neutral.has(r.source) && !neutral.has(r.target),
  }));
  return { id: a.id as string, items, relations };
}

function readRelations(a: Raw): GoldRelation[] {
  const out = new Map<string, GoldRelation>();
  const add = (source: string, target: string | null, role: string, basis: unknown) => {
    const type = roleType(role);
    // Roles none of our types names (`expert affiliation`) and relations to events are not scored.
    if (!type || !target || /-E\d/.test(target) || /-E\d/.test(source)) return;
    const key = `${source}|${type}|${target}`;
    const prior = out.get(key);
    out.set(key, { source, target, type, counted: (prior?.counted ?? false) || counts(basis) });
  };
  for (const c of (a.collaborations as Raw[]) ?? [])
    for (const p of (c.parties as Raw[]) ?? [])
      add(p.ref as string, c.id as string, String(p.role), p.basis);
  for (const i of (a.institutions as Raw[]) ?? [])
    for (const r of (i.relations as Raw[]) ?? []) {
      const target = r.target as string | null;
      if (target && /-P\d/.test(target)) add(target, i.id as string, 'affiliation of', r.basis);
      else add(i.id as string, target, String(r.role), r.basis);
    }
  for (const p of (a.people as Raw[]) ?? [])
    for (const ref of (p.affiliations as string[]) ?? [])
      add(p.id as string, ref, 'affiliation of', 'stated');
  return [...out.values()];
}

export function loadGold(path: string): GoldArticle[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { articles: Raw[] };
  return raw.articles.map(readArticle);
}
