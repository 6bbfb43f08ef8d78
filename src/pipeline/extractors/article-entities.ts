import { entityId, type EntityKind, type EntitySubtype } from '../../domain';
import type { Resources } from '../context';
import { aliasFor } from '../lib/curation';
import { completeRelative, type ArticlePlace } from './article-place';
import type { Occurrence } from './article-occurrences';
import { GENERIC_AGREEMENT } from './collaborations';
import { keyOf, type KeyContext, type NameKey } from './entity-keys';
import { jointlyBuilt, mergeShortForms } from './article-merges';
import { resolvePeople } from './article-people';

/** An entity as one article sees it; build-dataset merges these across articles by id. */
export interface RawEntity {
  id: string;
  kind: EntityKind;
  subtype: EntitySubtype;
  original: string;
  /** Other spellings of the same entity in this article. */
  aliases: string[];
  zhHans: string;
  en?: string;
  regionCode?: string;
  titles?: string[];
  curationNote?: string;
}

export interface ArticleRef {
  id: string;
  sourceFile: string;
}

/** Centres and labs that two parties build together (`共建…中心`, `…中心揭牌` at a signing) are collaborations. */
const JOINT_HEADS = new Set([
  '中心',
  '研究中心',
  '实验室',
  '基地',
  '平台',
  'Center',
  'Centre',
  'Laboratory',
]);
const BARE_SUBTYPES: Record<string, EntitySubtype> = {
  联盟: 'alliance',
  医联体: 'alliance',
  医共体: 'alliance',
  联合体: 'alliance',
  委员会: 'committee',
  孵化器: 'incubator',
  医院: 'hospital',
};

/**
 * Occurrences → entities. Relative names are completed from the article's place (`市卫健委` →
 * `沈阳市卫健委`); generic agreements are the article's own; curated aliases (when given) map a name to
 * its canonical one. Within the article a name without a place is the one name with a place and the
 * same rest (`细胞治疗…中心` = `沈阳细胞治疗…中心有限公司`), a company's short brand is its full one
 * (`美德因股份公司` = `美德因妇儿医院股份有限公司`), a bare head is the one such entity, and a person
 * is keyed by name and organisation (two `刘伟`s elsewhere are other people).
 */
export function resolveEntities(
  occs: Occurrence[],
  blockText: (block: number) => string,
  simplified: (block: number) => string,
  doc: ArticleRef,
  res: Resources,
  place: ArticlePlace,
  keyCtx: KeyContext,
): { entities: Map<string, RawEntity>; ids: Map<Occurrence, string> } {
  const keys = new Map<Occurrence, NameKey & { full: string; note?: string }>();
  const keyMemo = new Map<string, NameKey>();
  const joint = new Set<string>();
  for (const o of occs) {
    if (o.kind === 'person' || o.bare) continue;
    const bareZone = o.relative && /^(?:高新区|经开区|开发区|自贸区)/.test(o.name);
    let full = o.relative ? completeRelative(o.name, place, !!bareZone) : (o.canonical ?? o.name);
    let k: NameKey & { full: string; note?: string };
    if (o.subtype === 'agreement' && GENERIC_AGREEMENT.test(o.name)) {
      k = { key: `${doc.id}#agreement`, rest: o.name, full: o.name };
    } else if (full === null) {
      k = { key: `${doc.id}#${o.name}`, rest: o.name, full: o.name };
    } else {
      const alias = aliasFor(res.curation, full, doc.sourceFile);
      if (alias) full = alias.canonical;
      const memo = `${o.latin ? 'en' : 'zh'}:${full}`;
      if (!keyMemo.has(memo)) keyMemo.set(memo, keyOf(full, o.latin, keyCtx));
      k = { ...keyMemo.get(memo)!, full, ...(alias ? { note: alias.note } : {}) };
    }
    keys.set(o, k);
    if (o.kind === 'institution' && JOINT_HEADS.has(o.head) && jointlyBuilt(simplified(o.block), o))
      joint.add(k.key);
  }
  mergeShortForms(keys);
  for (const [o, k] of keys)
    if (joint.has(k.key)) Object.assign(o, { kind: 'collaboration', subtype: 'joint-lab' });
  const kindOf = (o: Occurrence, key: string): [EntityKind, EntitySubtype] =>
    joint.has(key) ? ['collaboration', 'joint-lab'] : [o.kind, o.subtype as EntitySubtype];

  const entities = new Map<string, RawEntity>();
  const ids = new Map<Occurrence, string>();
  const add = (
    o: Occurrence,
    key: string,
    kind: EntityKind,
    subtype: EntitySubtype,
    extra: Partial<RawEntity> = {},
  ) => {
    const id = entityId(kind, key);
    ids.set(o, id);
    const surface = blockText(o.block).slice(o.start, o.end);
    const known = entities.get(id);
    if (!known) {
      entities.set(id, {
        id,
        kind,
        subtype,
        original: surface,
        aliases: [],
        zhHans: o.latin ? surface : simplified(o.block).slice(o.start, o.end),
        ...(o.latin ? { en: surface } : o.gloss ? { en: o.gloss } : {}),
        ...extra,
      });
      return;
    }
    if (surface !== known.original && !known.aliases.includes(surface)) {
      // The longest spelling written out in full is the name (capitalised, on a tie); the others are aliases.
      const longer = surface.length > known.original.length;
      const capital =
        surface.length === known.original.length &&
        /^[A-Z]/.test(surface) &&
        /^[a-z]/.test(known.original);
      if (!o.relative && (longer || capital)) {
        known.aliases.push(known.original);
        known.original = surface;
        known.zhHans = o.latin ? surface : simplified(o.block).slice(o.start, o.end);
        if (o.latin) known.en = surface;
      } else known.aliases.push(surface);
    }
    if (!known.en && o.gloss) known.en = o.gloss;
    for (const t of extra.titles ?? [])
      if (!known.titles?.includes(t)) known.titles = [...(known.titles ?? []), t];
  };
  for (const [o, k] of keys) {
    const [kind, subtype] = kindOf(o, k.key);
    add(o, k.key, kind, subtype, {
      ...(k.regionCode ? { regionCode: k.regionCode } : {}),
      ...(k.note ? { curationNote: k.note } : {}),
      ...(o.relative && k.full !== o.name ? { zhHans: k.full } : {}),
    });
  }
  // A bare head (`加入联盟`) is the one such entity the article names, or the one named just before it in its block.
  const bySubtype = new Map<string, string[]>();
  for (const e of entities.values())
    bySubtype.set(`${e.kind}:${e.subtype}`, [
      ...(bySubtype.get(`${e.kind}:${e.subtype}`) ?? []),
      e.id,
    ]);
  const lastSeen = new Map<string, string>();
  let block = -1;
  for (const o of occs) {
    if (o.block !== block) {
      lastSeen.clear();
      block = o.block;
    }
    const id = ids.get(o);
    if (!o.bare) {
      if (id) lastSeen.set(`${o.kind}:${entities.get(id)?.subtype}`, id);
      continue;
    }
    const slot = `${o.kind}:${BARE_SUBTYPES[o.head]}`;
    const match = bySubtype.get(slot) ?? [];
    const pick = match.length === 1 ? match[0] : lastSeen.get(slot);
    if (pick) ids.set(o, pick);
  }
  resolvePeople(occs, keys, doc, simplified, (o, key, titles) =>
    add(o, key, 'person', 'person', titles.length ? { titles } : {}),
  );
  return { entities, ids };
}
