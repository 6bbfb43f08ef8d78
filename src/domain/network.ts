import { z } from 'zod';
import { EntityKindSchema, EntitySubtypeSchema, RelationTypeSchema } from './entity';
import { RegionCodeSchema } from './region';

/**
 * `network.json`: the graph the network view draws, laid out at build time so the browser starts
 * with a `preset` layout. Nodes are collaborations, institutions and people (the view hides people
 * by default); edges are relations between two of them. Names, evidence and articles stay in the
 * shards: the view loads them for the node it opens.
 */
export const NETWORK_SCHEMA_VERSION = 1;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: what the time filter compares. */
const DayDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const Count = z.number().int().nonnegative();

export const NetworkNodeSchema = z.object({
  id: z.string().regex(/^[cip]-[0-9a-f]{8}$/),
  /** The name as first written (`names.original`). */
  label: z.string().min(1),
  /** Simplified form, when it differs from the label (search and the Simplified reader). */
  hans: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
  kind: EntityKindSchema,
  subtype: EntitySubtypeSchema,
  region: RegionCodeSchema.optional(),
  /** Collaborations: when founded or signed, when known with a year. */
  date: DayDate.optional(),
  /** Relations touching it in the whole graph (size by degree). */
  degree: Count,
  x: z.number(),
  y: z.number(),
});
export type NetworkNode = z.infer<typeof NetworkNodeSchema>;

export const NetworkEdgeSchema = z.object({
  /** The relation's id: `relations/<shard>.json` has its evidence sentence. */
  id: z.string().regex(/^r-[0-9a-f]{8}$/),
  source: z.string(),
  target: z.string(),
  type: RelationTypeSchema,
  /** The relation's own date, else its article's publication; absent when neither has a year. */
  date: DayDate.optional(),
  /** True when `date` is the article's publication date, not the relation's. */
  published: z.literal(true).optional(),
  article: z.string().min(1),
});
export type NetworkEdge = z.infer<typeof NetworkEdgeSchema>;

/** Beyond `limit` nodes the build keeps the best connected and counts the rest per province. */
export const NetworkAggregationSchema = z.object({
  limit: Count,
  totalNodes: Count,
  totalEdges: Count,
  /** Nodes left out, per province code (`none` for those without a region). */
  omittedByRegion: z.record(z.string(), Count),
});
export type NetworkAggregation = z.infer<typeof NetworkAggregationSchema>;

export const NetworkFileSchema = z
  .object({
    schemaVersion: z.literal(NETWORK_SCHEMA_VERSION),
    layout: z.object({ algorithm: z.string().min(1), seed: z.number().int() }),
    aggregation: NetworkAggregationSchema.nullable(),
    nodes: z.array(NetworkNodeSchema),
    edges: z.array(NetworkEdgeSchema),
  })
  .superRefine((file, ctx) => {
    const ids = new Set(file.nodes.map((n) => n.id));
    file.edges.forEach((e, i) => {
      if (!ids.has(e.source) || !ids.has(e.target))
        ctx.addIssue({ code: 'custom', path: ['edges', i], message: 'edge to an unknown node' });
    });
  });
export type NetworkFile = z.infer<typeof NetworkFileSchema>;
