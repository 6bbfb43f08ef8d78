import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/domain';
import {
  buildTimeline,
  filterArticles,
  timelineEntries,
} from '../../src/web/features/timeline/build-timeline';
import { buildHistogram, selectedSpan } from '../../src/web/features/timeline/histogram';
import { timelineRows } from '../../src/web/features/timeline/timeline-rows';
import { fixtureIndex as dataset } from './fixture-index';

const all = { region: [], type: [] };
const entries = (filters = all) => filterArticles(dataset, filters).flatMap(timelineEntries);
const titles = (list: { article: ArticleSummary }[]) => list.map((e) => e.article.id);

describe('timeline entries', () => {
  it('has one entry per event and one per publication; undated only when there is neither', () => {
    const byArticle = (id: string) =>
      entries()
        .filter((e) => e.article.id === id)
        .map((e) => e.kind);
    expect(byArticle('shenyang-maternal-alliance-2021')).toEqual(['event', 'published']);
    expect(byArticle('shaanxi-medical-engineering-alliance')).toEqual(['event']);
    expect(byArticle('xian-imaging-joint-lab')).toEqual(['undated']);
  });

  it('keeps the range of a multi-day event', () => {
    const article = dataset.articles[0] as ArticleSummary;
    const [event] = timelineEntries({
      ...article,
      eventDates: [{ value: '2021-11-08', precision: 'day', basis: 'stated', end: '2021-11-10' }],
    });
    expect(event?.end).toBe('2021-11-10');
  });

  it('filters by region (a province includes its cities) and by collaboration type', () => {
    const ids = (list: ArticleSummary[]) => list.map((a) => a.id).sort();
    expect(ids(filterArticles(dataset, { region: ['610000'], type: [] }))).toEqual([
      'shaanxi-medical-engineering-alliance',
      'xian-imaging-joint-lab',
    ]);
    expect(ids(filterArticles(dataset, { region: [], type: ['joint-lab', 'agreement'] }))).toEqual([
      'liaoning-pharma-cooperation-en',
      'xian-imaging-joint-lab',
    ]);
  });

  it('puts dated entries in order, yearless and undated in their own lanes', () => {
    const timeline = buildTimeline(entries(), { from: null, to: null });
    expect(timeline.dated.map((e) => e.date?.value)).toEqual([
      '2021-03-31',
      '2021-04-01',
      '2022',
      '2022-05',
    ]);
    expect(titles(timeline.yearless)).toEqual(['shaanxi-medical-engineering-alliance']);
    expect(titles(timeline.undated)).toEqual(['xian-imaging-joint-lab']);
  });

  it('applies a range by overlap and says how many lane entries it hides', () => {
    const timeline = buildTimeline(entries(), { from: '2022-05', to: null });
    expect(timeline.dated.map((e) => e.date?.value)).toEqual(['2022', '2022-05']);
    expect(timeline.yearless).toEqual([]);
    expect(timeline.outsideRange).toBe(2);
  });
});

describe('timeline rows', () => {
  it('flattens years, months and lanes with entry ordinals', () => {
    const rows = timelineRows(buildTimeline(entries(), { from: null, to: null }));
    expect(rows.map((r) => (r.kind === 'entry' ? `#${r.ordinal}` : r.key))).toEqual([
      'y2021',
      'm2021-3',
      '#0',
      'm2021-4',
      '#1',
      'y2022',
      'm2022-x',
      '#2',
      'm2022-5',
      '#3',
      'lane-yearless',
      '#4',
      'lane-undated',
      '#5',
    ]);
  });
});

describe('histogram', () => {
  it('bins by month over a short span, with year-only dates set aside', () => {
    const histogram = buildHistogram(entries());
    expect(histogram.unit).toBe('month');
    expect(histogram.bins).toHaveLength(24);
    expect(histogram.bins.find((b) => b.key === '2021-03')).toEqual({
      key: '2021-03',
      events: 1,
      published: 0,
    });
    expect(histogram.bins.find((b) => b.key === '2021-04')?.published).toBe(1);
    expect(histogram.unplaced).toBe(1);
    expect(selectedSpan(histogram.bins, '2021-03', '2021-04')).toEqual([2, 3]);
    expect(selectedSpan(histogram.bins, '2021', null)).toEqual([0, 23]);
    expect(selectedSpan(histogram.bins, null, null)).toBeNull();
  });

  it('bins by year over a long span and handles 100k entries', () => {
    const base = entries().find((e) => e.kind === 'event');
    if (!base?.date) throw new Error('fixture has an event');
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      ...base,
      key: String(i),
      date: { ...base.date!, value: `${1990 + (i % 30)}-06-01`, precision: 'day' as const },
    }));
    const histogram = buildHistogram(many);
    expect(histogram.unit).toBe('year');
    expect(histogram.bins).toHaveLength(30);
    expect(histogram.bins.reduce((sum, b) => sum + b.events, 0)).toBe(100_000);
  });
});
