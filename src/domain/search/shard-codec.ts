import type { AsPlainObject } from 'minisearch';
import { STORED_FIELDS } from './search-options';

/**
 * A compact on-disk form of MiniSearch's `toJSON()` (about a quarter of its size gzipped at
 * 10k articles). Terms: `[term, fieldId, postings, fieldId, postings, …]` where postings are the
 * document short ids ascending, as base-36 gaps joined by `,` (`~n` after a gap when the term
 * occurs n > 1 times). Base: documents as parallel arrays indexed by short id, stored fields in
 * STORED_FIELDS order.
 */
export type EncodedTerm = (string | number)[];

export interface EncodedBase {
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount: number;
  serializationVersion: number;
  /** Short ids in order; `ids[i]` is the document id of short id `shortIds[i]`. */
  shortIds: number[];
  ids: string[];
  lengths: number[][];
  stored: unknown[][];
}

/** One `[term, {fieldId: {shortDocId: frequency}}]` entry of MiniSearch's serialised index. */
export type TermEntry = [string, Record<string, Record<string, number>>];

type MiniJson = AsPlainObject & {
  documentIds: Record<string, string>;
  fieldLength: Record<string, number[]>;
  storedFields: Record<string, Record<string, unknown>>;
  index: TermEntry[];
};

export function encodeTerm([term, fields]: TermEntry): EncodedTerm {
  const row: EncodedTerm = [term];
  for (const [fieldId, docs] of Object.entries(fields)) {
    const ids = Object.keys(docs)
      .map(Number)
      .sort((a, b) => a - b);
    let prev = 0;
    const parts = ids.map((id) => {
      const freq = docs[id]!;
      const gap = (id - prev).toString(36);
      prev = id;
      return freq === 1 ? gap : `${gap}~${freq}`;
    });
    row.push(Number(fieldId), parts.join(','));
  }
  return row;
}

export function decodeTerm(row: EncodedTerm): TermEntry {
  const fields: TermEntry[1] = {};
  for (let i = 1; i + 1 < row.length; i += 2) {
    const docs: Record<string, number> = {};
    let id = 0;
    for (const part of String(row[i + 1]).split(',')) {
      const [gap, freq] = part.split('~');
      id += parseInt(gap!, 36);
      docs[id] = freq ? Number(freq) : 1;
    }
    fields[String(row[i])] = docs;
  }
  return [String(row[0]), fields];
}

/** MiniSearch's in-memory form of one term: field id → (short document id → frequency). */
export type FieldMap = Map<number, Map<number, number>>;

/** Decodes a term straight into MiniSearch's in-memory maps (no intermediate objects). */
export function decodeTermMap(row: EncodedTerm): [string, FieldMap] {
  const fields: FieldMap = new Map();
  for (let i = 1; i + 1 < row.length; i += 2) {
    const docs = new Map<number, number>();
    const postings = String(row[i + 1]);
    let id = 0;
    let at = 0;
    while (at < postings.length) {
      let end = postings.indexOf(',', at);
      if (end === -1) end = postings.length;
      const part = postings.slice(at, end);
      const tilde = part.indexOf('~');
      id += parseInt(tilde === -1 ? part : part.slice(0, tilde), 36);
      docs.set(id, tilde === -1 ? 1 : Number(part.slice(tilde + 1)));
      at = end + 1;
    }
    fields.set(Number(row[i]), docs);
  }
  return [String(row[0]), fields];
}

export function encodeBase(json: Omit<MiniJson, 'index'>): EncodedBase {
  const shortIds = Object.keys(json.documentIds).map(Number);
  return {
    documentCount: json.documentCount,
    nextId: json.nextId,
    fieldIds: json.fieldIds,
    averageFieldLength: json.averageFieldLength,
    dirtCount: json.dirtCount ?? 0,
    serializationVersion: json.serializationVersion,
    shortIds,
    ids: shortIds.map((s) => json.documentIds[s]!),
    lengths: shortIds.map((s) => json.fieldLength[s] ?? []),
    stored: shortIds.map((s) => STORED_FIELDS.map((f) => json.storedFields[s]?.[f] ?? null)),
  };
}

/** The per-document columns of the base, which grow with the corpus. */
export type EncodedBaseRows = Pick<EncodedBase, 'shortIds' | 'ids' | 'lengths' | 'stored'>;
/** The base without its rows: what `base.json` holds on disk. */
export type EncodedBaseHeader = Omit<EncodedBase, keyof EncodedBaseRows>;

/**
 * Cuts the base's rows into parts of about `maxBytes` of JSON each, so that no file grows with
 * the corpus past a static host's limit (the base of 100k articles is ~32 MB in one piece).
 */
export function splitBaseRows(
  base: EncodedBase,
  maxBytes: number,
): { header: EncodedBaseHeader; parts: EncodedBaseRows[] } {
  const { shortIds, ids, lengths, stored, ...header } = base;
  const parts: EncodedBaseRows[] = [];
  let start = 0;
  let bytes = 0;
  const cut = (end: number) => {
    parts.push({
      shortIds: shortIds.slice(start, end),
      ids: ids.slice(start, end),
      lengths: lengths.slice(start, end),
      stored: stored.slice(start, end),
    });
    start = end;
    bytes = 0;
  };
  for (let i = 0; i < ids.length; i++) {
    const row = JSON.stringify([shortIds[i], ids[i], lengths[i], stored[i]]).length;
    if (bytes > 0 && bytes + row > maxBytes) cut(i);
    bytes += row;
  }
  if (bytes > 0 || parts.length === 0) cut(ids.length);
  return { header, parts };
}

/** The base again from its header and its parts, in order. */
export function joinBase(
  header: EncodedBaseHeader,
  parts: readonly EncodedBaseRows[],
): EncodedBase {
  return {
    ...header,
    shortIds: parts.flatMap((p) => p.shortIds),
    ids: parts.flatMap((p) => p.ids),
    lengths: parts.flatMap((p) => p.lengths),
    stored: parts.flatMap((p) => p.stored),
  };
}

/** MiniSearch's plain-object form again, ready for `MiniSearch.loadJS`. */
export function decodeIndex(base: EncodedBase, terms: TermEntry[]): AsPlainObject {
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const storedFields: Record<string, Record<string, unknown>> = {};
  base.shortIds.forEach((s, i) => {
    documentIds[s] = base.ids[i]!;
    fieldLength[s] = base.lengths[i]!;
    const values = base.stored[i]!;
    const fields: Record<string, unknown> = {};
    STORED_FIELDS.forEach((f, k) => (fields[f] = values[k]));
    storedFields[s] = fields;
  });
  return {
    documentCount: base.documentCount,
    nextId: base.nextId,
    documentIds,
    fieldIds: base.fieldIds,
    fieldLength,
    averageFieldLength: base.averageFieldLength,
    storedFields,
    dirtCount: base.dirtCount,
    index: terms,
    serializationVersion: base.serializationVersion,
  } as unknown as AsPlainObject;
}
