// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  encodeBase,
  joinBase,
  runQuery,
  ShardedSearchIndex,
  splitBaseRows,
} from '../../src/domain/search';
import { runPipeline } from '../../src/pipeline/build';
import { buildMiniSearch } from '../../src/pipeline/search/build-search-index';
import {
  BASE_PART_BYTES,
  searchIndexFiles,
  splitSearchIndex,
} from '../../src/pipeline/search/split-search-index';
import { RAW, realResources } from '../pipeline/helpers';
import { memoryLoader } from './search-helpers';

const res = realResources();
const { index, bodies } = runPipeline(RAW, res);
const mini = buildMiniSearch(index, bodies, res.simplify);

describe('search base split into row parts (no file grows with the corpus)', () => {
  it('round-trips the base through parts of any size, keeping row order', () => {
    const json = mini.toJSON() as unknown as Parameters<typeof encodeBase>[0];
    const base = encodeBase(json);
    for (const maxBytes of [1, 500, 5_000, BASE_PART_BYTES]) {
      const { header, parts } = splitBaseRows(base, maxBytes);
      expect(parts.length).toBeGreaterThanOrEqual(1);
      expect(joinBase(header, parts)).toEqual(base);
      for (const part of parts.slice(0, -1))
        expect(part.ids.length === 1 || JSON.stringify(part).length <= maxBytes * 1.5).toBe(true);
    }
    expect(splitBaseRows(base, 1).parts).toHaveLength(base.ids.length);
  });

  it('writes the seeds in one part and lists it in the manifest', () => {
    const split = splitSearchIndex(mini);
    expect(split.manifest.baseParts).toBe(1);
    const files = searchIndexFiles(split);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['search/manifest.json', 'search/base.json', 'search/base-0.json']),
    );
    expect(JSON.parse(files.get('search/base.json')!)).not.toHaveProperty('ids');
  });

  it('answers the same queries when the rows come from many parts', async () => {
    const split = splitSearchIndex(mini, 4);
    const whole = joinBase(
      JSON.parse(split.base),
      split.baseParts.map((p) => JSON.parse(p)),
    );
    const { header, parts } = splitBaseRows(whole, 2_000);
    const files = searchIndexFiles({
      ...split,
      manifest: { ...split.manifest, baseParts: parts.length },
      base: JSON.stringify(header),
      baseParts: parts.map((p) => JSON.stringify(p)),
    });
    expect(parts.length).toBeGreaterThan(3);
    const engine = await ShardedSearchIndex.open(memoryLoader(files));
    const hits = (q: string) => engine.forQuery(q).then((m) => runQuery(m, q).map((h) => h.id));
    expect(await hits('医联体')).toEqual(runQuery(mini, '医联体').map((h) => h.id));
    expect(await hits('沈阳')).toEqual(runQuery(mini, '沈阳').map((h) => h.id));
  });
});
