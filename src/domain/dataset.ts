import { z } from 'zod';
import { ArticleSummarySchema } from './article';
import { EntitySchema, RelationSchema } from './entity';
import { RegionSchema } from './region';

export const SCHEMA_VERSION = 1;

/** `index.json`: everything the app needs before it opens an article body. */
export const DatasetIndexSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    articles: z.array(ArticleSummarySchema),
    entities: z.array(EntitySchema),
    relations: z.array(RelationSchema),
    regions: z.array(RegionSchema),
  })
  .superRefine((d, ctx) => {
    const articleIds = new Set(d.articles.map((a) => a.id));
    const entityIds = new Set(d.entities.map((e) => e.id));
    const regionCodes = new Set(d.regions.map((r) => r.code));
    const check = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    if (articleIds.size !== d.articles.length) check(false, ['articles'], 'duplicate article id');
    if (entityIds.size !== d.entities.length) check(false, ['entities'], 'duplicate entity id');
    d.articles.forEach((a, i) => {
      a.entityIds.forEach((e) =>
        check(entityIds.has(e), ['articles', i, 'entityIds'], `unknown entity ${e}`),
      );
      a.regionCodes.forEach((r) =>
        check(regionCodes.has(r), ['articles', i, 'regionCodes'], `unknown region ${r}`),
      );
    });
    d.relations.forEach((r, i) => {
      check(entityIds.has(r.source), ['relations', i, 'source'], `unknown entity ${r.source}`);
      check(entityIds.has(r.target), ['relations', i, 'target'], `unknown entity ${r.target}`);
      check(
        articleIds.has(r.articleId),
        ['relations', i, 'articleId'],
        `unknown article ${r.articleId}`,
      );
    });
    d.entities.forEach((e, i) => {
      if (e.regionCode)
        check(
          regionCodes.has(e.regionCode),
          ['entities', i, 'regionCode'],
          `unknown region ${e.regionCode}`,
        );
    });
    d.regions.forEach((r, i) => {
      if (r.parentCode)
        check(
          regionCodes.has(r.parentCode),
          ['regions', i, 'parentCode'],
          `unknown parent ${r.parentCode}`,
        );
    });
  });
export type DatasetIndex = z.infer<typeof DatasetIndexSchema>;

// File paths live in a zod-free module so the app can build URLs without bundling zod.
export { DATASET_FILES } from './files';
