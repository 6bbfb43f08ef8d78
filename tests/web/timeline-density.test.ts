import { describe, expect, it } from 'vitest';
import type { DatasetIndex, Manifest } from '../../src/domain';
import { buildManifest } from '../../src/pipeline/shards/build-manifest';
import {
  buildTimeline,
  filterArticles,
  timelineEntries,
} from '../../src/web/features/timeline/build-timeline';
import { deriveTimeline } from '../../src/web/features/timeline/derive-timeline';
import { timelineRows } from '../../src/web/features/timeline/timeline-rows';
import { buildHistogram, histogramFromDensity } from '../../src/web/features/timeline/histogram';
import { syntheticIndex } from '../e2e/synthetic-index';
import { fixtureIndex } from './fixture-index';

const density = (index: DatasetIndex) =>
  buildManifest(index, {
    summaries: [],
    entities: { c: 1, i: 1, p: 1 },
    bodies: 1,
  } as Manifest['shards']).density;

describe('the unfiltered histogram from the manifest density', () => {
  it.each([
    ['the fixture (months: a few years)', fixtureIndex],
    ['500 synthetic articles over 30 years (years)', syntheticIndex(500)],
    [
      'synthetic articles in two years, with year-only dates (months, some unplaced)',
      {
        ...syntheticIndex(300),
        articles: syntheticIndex(300).articles.map((a, i) => ({
          ...a,
          publishedAt:
            i % 9 === 0
              ? { value: '2021', precision: 'year' as const, basis: 'stated' as const }
              : {
                  ...a.publishedAt,
                  value: a.publishedAt.value?.replace(/^\d{4}/, i % 2 ? '2021' : '2022') ?? null,
                },
        })),
      },
    ],
  ])('equals the one counted from every entry: %s', (_, index) => {
    const entries = index.articles.flatMap(timelineEntries);
    expect(histogramFromDensity(density(index))).toEqual(buildHistogram(entries));
  });
});

describe('the timeline derived once per region, then filtered', () => {
  const dataset = fixtureIndex;
  it.each([
    { region: [], type: [], from: null, to: null },
    { region: [], type: ['alliance'], from: null, to: null },
    { region: ['610000'], type: [], from: null, to: null },
    { region: [], type: ['agreement', 'joint-lab'], from: '2021', to: '2022-06' },
    { region: ['210000'], type: [], from: '2020', to: null },
  ] as const)('matches sorting the filtered entries: %o', (filters) => {
    const f = { ...filters, region: [...filters.region], type: [...filters.type] };
    const view = deriveTimeline(dataset, f);
    const expected = buildTimeline(filterArticles(dataset, f).flatMap(timelineEntries), f);
    expect(view.timeline).toEqual(expected);
    expect(view.rows).toEqual(timelineRows(expected));
    expect(view.histogram).toEqual(
      buildHistogram(filterArticles(dataset, f).flatMap(timelineEntries)),
    );
  });
});
