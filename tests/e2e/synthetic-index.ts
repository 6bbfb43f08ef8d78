/**
 * A schema-valid `index.json` with `count` articles spread over 30 years (some month-only, some
 * undated), to check that the timeline stays usable at scale. Built in memory; nothing is written.
 */
export function syntheticIndex(count: number): string {
  const articles = Array.from({ length: count }, (_, i) => {
    const year = 1995 + (i % 30);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const value =
      i % 50 === 0 ? null : i % 7 === 0 ? `${year}-${month}` : `${year}-${month}-${day}`;
    const precision = value === null ? null : value.length === 7 ? 'month' : 'day';
    return {
      id: `synthetic-${i}`,
      sourceFile: `synthetic-${i}.txt`,
      title: `合成文章 ${i} · Synthetic article ${i}`,
      language: 'zh-Hans',
      publishedAt: { value, precision, basis: 'stated' },
      eventDates: [],
      publisher: null,
      sourceUrl: null,
      regionCodes: [],
      entityIds: [],
      excerpt: '',
    };
  });
  return JSON.stringify({ schemaVersion: 1, articles, entities: [], relations: [], regions: [] });
}
