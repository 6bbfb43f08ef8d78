import {
  entityId,
  relationId,
  type ArticleBody,
  type ArticleSummary,
  type Entity,
  type EntityKind,
  type Relation,
} from '../domain';
import type { EntityEdit, ExtractionTables, RelationEdit } from './extraction-tables';
import { normaliseEn, normaliseZh } from './extractors/entity-keys';

/**
 * Reviewed edits from data/curation/entity-curation.yaml and relation-curation.yaml, applied after
 * extraction: merge, rename, retype, suppress or add an entity; add, suppress or retype a relation.
 * Every touched item is marked `curated` with the entry's note. An entry about an article that is
 * not in the run is left out; a table that silently does nothing would be a broken table, so an
 * entry that matches nothing is reported (see `applyCuration`).
 */
export interface DatasetParts {
  articles: ArticleSummary[];
  entities: Map<string, Entity>;
  relations: Map<string, Relation>;
  bodies: ArticleBody[];
}

type Ref = { kind: EntityKind; name: string };
const norm = (s: string) => (/\p{Script=Han}/u.test(s) ? normaliseZh(s) : normaliseEn(s));

function find(parts: DatasetParts, ref: Ref): Entity {
  const want = norm(ref.name);
  const hit = [...parts.entities.values()].find(
    (e) =>
      e.kind === ref.kind &&
      [e.names.original, e.names.zhHans, e.names.en ?? '', ...e.names.aliases].some(
        (n) => n && norm(n) === want,
      ),
  );
  if (!hit) throw new Error(`curation: no ${ref.kind} named "${ref.name}"`);
  return hit;
}

/** Points every reference to `from` at `to` (relations, mentions, article entity lists). */
function retarget(parts: DatasetParts, from: string, to: string | null) {
  for (const [id, r] of [...parts.relations]) {
    if (r.source !== from && r.target !== from) continue;
    parts.relations.delete(id);
    if (to === null) continue;
    const next = {
      ...r,
      source: r.source === from ? to : r.source,
      target: r.target === from ? to : r.target,
    };
    if (next.source === next.target) continue;
    next.id = relationId(next.source, next.type, next.target, next.articleId);
    if (!parts.relations.has(next.id)) parts.relations.set(next.id, next);
  }
  for (const b of parts.bodies)
    b.mentions = b.mentions.flatMap((m) =>
      m.entityId !== from ? [m] : to ? [{ ...m, entityId: to }] : [],
    );
  for (const a of parts.articles)
    if (a.entityIds.includes(from))
      a.entityIds = [
        ...new Set(a.entityIds.flatMap((e) => (e !== from ? [e] : to ? [to] : []))),
      ].sort();
}

/** Drops an entity from one article; the entity goes when no article names it any more. */
function suppressIn(parts: DatasetParts, id: string, sourceFile: string) {
  const article = parts.articles.find((a) => a.sourceFile === sourceFile);
  if (!article) throw new Error(`curation: no article ${sourceFile}`);
  article.entityIds = article.entityIds.filter((e) => e !== id);
  const body = parts.bodies.find((b) => b.id === article.id);
  if (body) body.mentions = body.mentions.filter((m) => m.entityId !== id);
  for (const [rid, r] of [...parts.relations])
    if (r.articleId === article.id && (r.source === id || r.target === id))
      parts.relations.delete(rid);
  if (!parts.articles.some((a) => a.entityIds.includes(id))) {
    parts.entities.delete(id);
    retarget(parts, id, null);
  }
}

const mark = (e: Entity, note: string) => {
  e.curated = true;
  e.curationNote = e.curationNote && e.curationNote !== note ? `${e.curationNote} | ${note}` : note;
};

function applyEntityEdit(parts: DatasetParts, edit: EntityEdit) {
  switch (edit.action) {
    case 'merge': {
      const from = find(parts, edit.from);
      const into = find(parts, edit.into);
      const names = [from.names.original, ...from.names.aliases].filter(
        (n) => n !== into.names.original,
      );
      into.names.aliases = [...new Set([...into.names.aliases, ...names])].sort();
      parts.entities.delete(from.id);
      retarget(parts, from.id, into.id);
      return mark(into, edit.note);
    }
    case 'rename': {
      const e = find(parts, edit.entity);
      if (e.names.original !== edit.name)
        e.names.aliases = [...new Set([...e.names.aliases, e.names.original])].sort();
      e.names = {
        ...e.names,
        original: edit.name,
        zhHans: edit.name,
        ...(edit.en ? { en: edit.en } : {}),
      };
      return mark(e, edit.note);
    }
    case 'retype': {
      const e = find(parts, edit.entity);
      const id = `${{ collaboration: 'c', institution: 'i', person: 'p' }[edit.kind]}${e.id.slice(1)}`;
      parts.entities.delete(e.id);
      parts.entities.set(id, { ...e, id, kind: edit.kind, subtype: edit.subtype });
      retarget(parts, e.id, id);
      return mark(parts.entities.get(id)!, edit.note);
    }
    case 'suppress': {
      const e = find(parts, edit.entity);
      if (edit.article) return suppressIn(parts, e.id, edit.article);
      parts.entities.delete(e.id);
      return retarget(parts, e.id, null);
    }
    case 'add': {
      const id = entityId(edit.entity.kind, `curated:${norm(edit.entity.name)}`);
      parts.entities.set(id, {
        id,
        kind: edit.entity.kind,
        subtype: edit.entity.subtype,
        names: {
          original: edit.entity.name,
          zhHans: edit.entity.name,
          ...(edit.entity.en ? { en: edit.entity.en } : {}),
          aliases: [],
        },
        ...(edit.entity.regionCode ? { regionCode: edit.entity.regionCode } : {}),
        curated: true,
        curationNote: edit.note,
      });
      for (const a of parts.articles)
        if (edit.articles.includes(a.sourceFile))
          a.entityIds = [...new Set([...a.entityIds, id])].sort();
    }
  }
}

function applyRelationEdit(parts: DatasetParts, edit: RelationEdit) {
  const source = find(parts, edit.source).id;
  const target = find(parts, edit.target).id;
  const article = (file?: string) => parts.articles.find((a) => a.sourceFile === file)?.id;
  if (edit.action === 'add') {
    const articleId = article(edit.article);
    if (!articleId) throw new Error(`curation: no article ${edit.article}`);
    const id = relationId(source, edit.type, target, articleId);
    parts.relations.set(id, {
      id,
      source,
      target,
      type: edit.type,
      articleId,
      evidence: edit.evidence,
      ...(edit.role ? { role: edit.role } : {}),
      curated: true,
    });
    return;
  }
  const articleId = edit.article ? article(edit.article) : undefined;
  const matches = [...parts.relations.values()].filter(
    (r) =>
      r.source === source &&
      r.target === target &&
      (!articleId || r.articleId === articleId) &&
      r.type === (edit.action === 'retype' ? edit.from : (edit.type ?? r.type)),
  );
  if (!matches.length)
    throw new Error(`curation: no relation ${edit.source.name} → ${edit.target.name}`);
  for (const r of matches) {
    parts.relations.delete(r.id);
    if (edit.action === 'suppress') continue;
    const id = relationId(r.source, edit.to, r.target, r.articleId);
    parts.relations.set(id, { ...r, id, type: edit.to, curated: true });
  }
}

/**
 * Applies every edit whose article is in the run. One about an article that matches nothing there
 * becomes a warning on that article (rule `curation-unmatched`); one about no article fails the run.
 */
export function applyCuration(
  parts: DatasetParts,
  tables: ExtractionTables,
): Array<{ file: string; message: string }> {
  const warnings: Array<{ file: string; message: string }> = [];
  const articleOf = (edit: EntityEdit | RelationEdit) =>
    'article' in edit ? edit.article : undefined;
  const inRun = (edit: EntityEdit | RelationEdit) => {
    const article = articleOf(edit);
    return !article || parts.articles.some((a) => a.sourceFile === article);
  };
  const attempt = (edit: EntityEdit | RelationEdit, apply: () => void) => {
    if (!inRun(edit)) return;
    try {
      apply();
    } catch (e) {
      const article = articleOf(edit);
      if (!article) throw e;
      warnings.push({ file: article, message: `${(e as Error).message} (${edit.note})` });
    }
  };
  for (const edit of tables.entityEdits) attempt(edit, () => applyEntityEdit(parts, edit));
  for (const edit of tables.relationEdits) attempt(edit, () => applyRelationEdit(parts, edit));
  return warnings;
}
