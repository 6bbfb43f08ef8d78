import {
  DATASET_FILES,
  dateSortKey,
  encodeBodyShard,
  encodeRelations,
  entityShardKey,
  entityShardKeys,
  planShards,
  shardOf,
  type ArticleBody,
  type ArticleSummary,
  type BodyShard,
  type DatasetIndex,
  type Entity,
  type EntityShard,
  type Manifest,
  type Relation,
  type SummaryShard,
} from '../../domain';
import { SUMMARIES_PER_SHARD, entityPrefix } from '../../domain/shard-plan';
import { buildManifest } from './build-manifest';
import { entityStats } from './entity-stats';

/** Where an article sits in time: its publication, else its first event with a year. */
function timeKey(a: ArticleSummary): string {
  if (a.publishedAt.value && !a.publishedAt.value.startsWith('--'))
    return dateSortKey(a.publishedAt);
  const event = a.eventDates.find((d) => d.value && !d.value.startsWith('--'));
  return dateSortKey(event ?? null);
}

const byKeyThenId = (a: [string, ArticleSummary], b: [string, ArticleSummary]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1].id < b[1].id ? -1 : a[1].id > b[1].id ? 1 : 0;

/** What the reader needs of an entity it names: kind, names, place and titles (its page has the rest). */
const slimEntity = ({ id, kind, subtype, names, regionCode, titles }: Entity): Entity => ({
  id,
  kind,
  subtype,
  names: {
    original: names.original,
    zhHans: names.zhHans,
    ...(names.en ? { en: names.en } : {}),
    aliases: [],
  },
  ...(regionCode ? { regionCode } : {}),
  ...(titles?.length ? { titles } : {}),
});

/**
 * The dataset → every file of the sharded layout, keyed by path under the dataset root. Pure:
 * the same dataset gives the same files. See src/domain/shards.ts for each file's contract.
 */
export function buildShards(
  index: DatasetIndex,
  bodies: readonly ArticleBody[],
): Map<string, unknown> {
  const perKind = { c: 0, i: 0, p: 0 };
  for (const e of index.entities) {
    const prefix = entityPrefix(e.id);
    if (prefix) perKind[prefix] += 1;
  }
  const plan = planShards({
    articles: index.articles.length,
    entities: perKind,
    relations: index.relations.length,
  });
  const files = new Map<string, unknown>();

  const ordered = index.articles
    .map((a): [string, ArticleSummary] => [timeKey(a), a])
    .sort(byKeyThenId);
  const summaryInfo: Manifest['shards']['summaries'] = [];
  for (let k = 0; k < plan.summaries; k++) {
    const slice = ordered.slice(k * SUMMARIES_PER_SHARD, (k + 1) * SUMMARIES_PER_SHARD);
    summaryInfo.push({
      count: slice.length,
      first: slice[0]?.[0] ?? '',
      last: slice.at(-1)?.[0] ?? '',
    });
    files.set(DATASET_FILES.summaries(k), {
      articles: slice.map(([, a]) => a),
    } satisfies SummaryShard);
  }

  const stats = entityStats(index);
  const keys = entityShardKeys(plan.entities);
  const entityBuckets = new Map(keys.map((key) => [key, [] as Entity[]]));
  const relationBuckets = new Map(keys.map((key) => [key, [] as Relation[]]));
  const keyOf = (id: string) => entityShardKey(id, plan.entities) ?? '';
  for (const e of index.entities) entityBuckets.get(keyOf(e.id))?.push(e);
  for (const r of index.relations) {
    const a = keyOf(r.source);
    const b = keyOf(r.target);
    relationBuckets.get(a)?.push(r);
    if (b !== a) relationBuckets.get(b)?.push(r);
  }
  for (const key of keys) {
    const entities = entityBuckets.get(key) ?? [];
    files.set(DATASET_FILES.entities(key), {
      entities,
      stats: Object.fromEntries(entities.map((e) => [e.id, stats.get(e.id)!])),
    } satisfies EntityShard);
    files.set(DATASET_FILES.relations(key), encodeRelations(relationBuckets.get(key) ?? []));
  }

  const summaries = new Map(index.articles.map((a) => [a.id, a]));
  const entities = new Map(index.entities.map((e) => [e.id, e]));
  const bodyBuckets = Array.from({ length: plan.bodies }, () => [] as BodyShard['articles']);
  for (const body of bodies) {
    const summary = summaries.get(body.id);
    if (!summary) continue; // validate-dataset has already failed the run for this
    bodyBuckets[shardOf(body.id, plan.bodies)]?.push({
      summary,
      body,
      entities: summary.entityIds.flatMap((id) => {
        const e = entities.get(id);
        return e ? [slimEntity(e)] : [];
      }),
    });
  }
  bodyBuckets.forEach((articles, k) => {
    articles.sort((x, y) => (x.summary.id < y.summary.id ? -1 : 1));
    files.set(DATASET_FILES.bodies(k), encodeBodyShard({ articles }));
  });

  files.set(
    DATASET_FILES.manifest,
    buildManifest(index, { summaries: summaryInfo, entities: plan.entities, bodies: plan.bodies }),
  );
  return files;
}
