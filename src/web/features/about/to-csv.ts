import type { DatasetIndex, Entity, EntityKind } from '../../../domain';
import { lookups } from '../../lib/dataset-lookups';

export type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A leading = + - @ is prefixed with ' so spreadsheet apps never run a cell as a formula.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: CRLF line ends and a UTF-8 byte-order mark so Excel reads Chinese correctly. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function entityRows(dataset: DatasetIndex, kind: EntityKind): Cell[][] {
  const find = lookups(dataset);
  return dataset.entities
    .filter((e: Entity) => e.kind === kind)
    .map((e) => [
      e.id,
      e.names.original,
      e.names.zhHans,
      e.names.en,
      e.names.aliases.join(' | '),
      e.subtype,
      e.regionCode,
      find.region(e.regionCode)?.name,
      e.curated ? 'yes' : '',
      find.articlesOf(e.id).length,
    ]);
}

const ENTITY_HEADER = [
  'id',
  'name_original',
  'name_zh_hans',
  'name_en',
  'aliases',
  'type',
  'region_code',
  'region_name',
  'curated',
  'article_count',
];

export const collaborationsCsv = (dataset: DatasetIndex) =>
  toCsv(ENTITY_HEADER, entityRows(dataset, 'collaboration'));

export const institutionsCsv = (dataset: DatasetIndex) =>
  toCsv(ENTITY_HEADER, entityRows(dataset, 'institution'));

export function relationsCsv(dataset: DatasetIndex): string {
  const find = lookups(dataset);
  const name = (id: string) => find.entity(id)?.names.original;
  return toCsv(
    [
      'id',
      'source_id',
      'source_name',
      'type',
      'target_id',
      'target_name',
      'date',
      'date_precision',
      'date_basis',
      'article_id',
      'article_title',
      'evidence',
      'curated',
    ],
    dataset.relations.map((r) => [
      r.id,
      r.source,
      name(r.source),
      r.type,
      r.target,
      name(r.target),
      r.date?.value,
      r.date?.precision,
      r.date?.value ? r.date.basis : null,
      r.articleId,
      find.article(r.articleId)?.title,
      r.evidence,
      r.curated ? 'yes' : '',
    ]),
  );
}
