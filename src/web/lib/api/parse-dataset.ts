import { ArticleBodySchema } from '../../../domain/article';
import { DatasetIndexSchema } from '../../../domain/dataset';
import { NetworkFileSchema } from '../../../domain/network';
import {
  BodyShardFileSchema,
  EntityShardSchema,
  ManifestSchema,
  RelationShardSchema,
  SummaryShardSchema,
  bodyRecordSchema,
  decodeRelations,
} from '../../../domain/shards';
import { DataSchemaError, summariseIssues } from './data-errors';

export const SCHEMAS = {
  index: DatasetIndexSchema,
  article: ArticleBodySchema,
  manifest: ManifestSchema,
  summaries: SummaryShardSchema,
  entities: EntityShardSchema,
  relations: RelationShardSchema,
  bodies: BodyShardFileSchema,
  network: NetworkFileSchema,
} as const;
export type DocumentKind = keyof typeof SCHEMAS;

/** Shapes that travel back to the page differently from the file (relation evidence is expanded here). */
const DECODERS: Partial<Record<DocumentKind, (data: never) => unknown>> = {
  relations: (shard: Parameters<typeof decodeRelations>[0]) => ({
    relations: decodeRelations(shard),
  }),
};

/** `select`: with `bodies`, only that article's record (or null) is validated and sent back. */
export type ParseRequest = {
  id: number;
  kind: DocumentKind;
  url: string;
  text: string;
  select?: string;
};
export type ParseReply =
  | { id: number; ok: true; data: unknown }
  | { id: number; ok: false; issues?: DataSchemaError['issues']; message: string; url: string };

/**
 * Decodes a dataset file and checks it against its domain schema: the one place untrusted data
 * becomes typed. Runs only in the data worker (data-worker.ts), so neither zod nor the schemas
 * are part of the page's own JavaScript.
 */
export function parseDocument(
  kind: DocumentKind,
  url: string,
  text: string,
  select?: string,
): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataSchemaError(url, [{ path: '(root)', message: 'not valid JSON' }]);
  }
  const selecting = kind === 'bodies' && select !== undefined;
  const schema = selecting ? bodyRecordSchema(select) : SCHEMAS[kind];
  const result = schema.safeParse(json);
  if (!result.success) throw new DataSchemaError(url, summariseIssues(result.error.issues));
  const decode = selecting ? undefined : DECODERS[kind];
  return decode ? decode(result.data as never) : result.data;
}

/** One request in, one reply out; errors become data, since they cross a thread boundary. */
export function handleParseRequest({ id, kind, url, text, select }: ParseRequest): ParseReply {
  try {
    return { id, ok: true, data: parseDocument(kind, url, text, select) };
  } catch (error) {
    const issues = error instanceof DataSchemaError ? error.issues : undefined;
    const message = error instanceof Error ? error.message : String(error);
    return { id, ok: false, url, message, ...(issues ? { issues } : {}) };
  }
}
