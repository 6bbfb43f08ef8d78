import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArticleBodySchema,
  articleIdFromFileName,
  DatasetIndexSchema,
  isYearless,
} from '../../src/domain';
import { fixtureShards } from '../../scripts/build-fixture-shards';
import type { BodyShard } from '../../src/domain';
import { DataSchemaError } from '../../src/web/lib/api/data-errors';
import { parseDocument, type DocumentKind } from '../../src/web/lib/api/parse-dataset';
import { FIXTURE_DIR, readFixture } from './fixture-server';

const index = DatasetIndexSchema.parse(JSON.parse(readFixture('index.json')));

describe('fixture dataset (tests/fixtures/dataset)', () => {
  it('validates against the domain schemas, index and every body', () => {
    const bodyFiles = readdirSync(join(FIXTURE_DIR, 'articles')).sort();
    expect(bodyFiles).toEqual(index.articles.map((a) => `${a.id}.json`).sort());
    for (const file of bodyFiles) {
      const body = ArticleBodySchema.parse(JSON.parse(readFixture(`articles/${file}`)));
      expect(`${body.id}.json`).toBe(file);
    }
  });

  it('derives article ids from source file names, as the pipeline does', () => {
    for (const article of index.articles)
      expect(articleIdFromFileName(article.sourceFile)).toBe(article.id);
  });

  it('covers the cases the route tests rely on', () => {
    const { articles, regions, entities } = index;
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(articles.some((a) => a.language === 'zh-Hant')).toBe(true);
    expect(articles.some((a) => a.publishedAt.value === null)).toBe(true);
    expect(articles.some((a) => a.eventDates.some(isYearless))).toBe(true);
    expect(articles.some((a) => a.publishedAt.value === null && a.eventDates.length === 0)).toBe(
      true,
    );
    expect(regions.filter((r) => r.level === 'province')).toHaveLength(2);
    expect(new Set(entities.map((e) => e.kind))).toEqual(
      new Set(['collaboration', 'institution', 'person']),
    );
  });

  it('serves the sharded layout built from that source, fresh (scripts/build-fixture-shards.ts)', () => {
    for (const [path, value] of fixtureShards()) {
      const text = readFixture(path);
      expect(JSON.parse(text), `${path} is stale: npx tsx scripts/build-fixture-shards.ts`).toEqual(
        value,
      );
      const kind = (path === 'manifest.json' ? 'manifest' : path.split('/')[0]) as DocumentKind;
      expect(() => parseDocument(kind, path, text)).not.toThrow();
    }
  });

  it('gives a deep link one article of a body shard, checked in full, and null for one it lacks', () => {
    const path = readdirSync(join(FIXTURE_DIR, 'bodies')).map((f) => `bodies/${f}`)[0]!;
    const text = readFixture(path);
    const shard = parseDocument('bodies', path, text) as BodyShard;
    const first = shard.articles[0]!;
    expect(parseDocument('bodies', path, text, first.summary.id)).toEqual(first);
    expect(parseDocument('bodies', path, text, 'no-such-article')).toBeNull();
    // The one article is checked in full: a broken field of it fails, as the whole shard would.
    const broken = JSON.parse(text);
    broken.articles[0].summary.publishedAt = 'yesterday';
    expect(() => parseDocument('bodies', path, JSON.stringify(broken), first.summary.id)).toThrow(
      DataSchemaError,
    );
    // … and a bad removal index of that article too.
    broken.articles[0] = JSON.parse(text).articles[0];
    broken.articles[0].body.removed = [999];
    const error = (() => {
      try {
        parseDocument('bodies', path, JSON.stringify(broken), first.summary.id);
      } catch (e) {
        return e as DataSchemaError;
      }
    })();
    expect(error?.issues.map((i) => i.message)).toContain('no such removal');
  });
});
