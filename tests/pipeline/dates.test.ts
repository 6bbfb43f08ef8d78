// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartialDateSchema, unknownDate } from '../../src/domain';
import { findDayMentions, parseStatedDate, resolveDay } from '../../src/pipeline/lib/dates';
import { parseByline } from '../../src/pipeline/stages/extract-metadata';

describe('publication dates as pages state them', () => {
  it.each([
    ['Thu, 01 Apr 2021 10:41:00 GMT', '2021-04-01', '2021-04-01T10:41:00Z'],
    ['2023-11-13 15:33:51', '2023-11-13', '2023-11-13T15:33:51'],
    ['2022-05-26', '2022-05-26', undefined],
    ['2021年4月1日', '2021-04-01', undefined],
    ['2020/11/5', '2020-11-05', undefined],
  ])('%s', (text, value, datetime) => {
    const d = parseStatedDate(text)!;
    expect(d).toMatchObject({ value, precision: 'day', basis: 'stated', asStated: text });
    expect(d.datetime).toBe(datetime);
    expect(PartialDateSchema.safeParse(d).success).toBe(true);
  });

  it('reads YAML timestamps that gray-matter turned into Date objects, in UTC', () => {
    expect(parseStatedDate(new Date(Date.UTC(2021, 3, 1, 10, 41)))).toMatchObject({
      value: '2021-04-01',
      datetime: '2021-04-01T10:41:00Z',
    });
  });

  it('refuses impossible days and non-dates', () => {
    for (const bad of ['2023-02-30', '2023-13-01', 'tomorrow', '', '12345'])
      expect(parseStatedDate(bad)).toBeNull();
  });

  it('reads bylines of the seed shapes', () => {
    expect(parseByline('來源:濟寧市第一人民醫院發布時間:2022-05-26瀏覽:')).toMatchObject({
      publisher: '濟寧市第一人民醫院',
      date: { value: '2022-05-26', asStated: '發布時間:2022-05-26' },
    });
    expect(
      parseByline('2023-11-13 15:33:51來源:中央廣電總臺國際在線編輯:張雨晨責編:高崗'),
    ).toMatchObject({
      publisher: '中央廣電總臺國際在線',
      author: '張雨晨',
      date: { value: '2023-11-13' },
    });
    expect(parseByline('Author:党群服务与组织管理  Addtime:2020-11-05')).toMatchObject({
      author: '党群服务与组织管理',
      date: { value: '2020-11-05', asStated: 'Addtime:2020-11-05' },
    });
    expect(parseByline('凡本網註明“來源:國際在線”的所有信息內容')).toBeNull();
  });
});

describe('event days in running text', () => {
  const pub = parseStatedDate('2021-04-01')!;

  it('finds Chinese and English days, with or without a year', () => {
    const found = findDayMentions(
      '3月31日，…2021年4月1日…On the afternoon of November 3th, 2020, … 5 May',
    );
    expect(found.map((d) => [d.asStated, d.year, d.month, d.day])).toEqual([
      ['3月31日', null, 3, 31],
      ['2021年4月1日', 2021, 4, 1],
      ['November 3th, 2020', 2020, 11, 3],
      ['5 May', null, 5, 5],
    ]);
  });

  it('takes the publication year for a yearless day (inferred)', () => {
    expect(resolveDay(findDayMentions('3月31日')[0]!, pub)).toMatchObject({
      value: '2021-03-31',
      basis: 'inferred',
      asStated: '3月31日',
    });
  });

  it('steps back a year when the day would fall more than 30 days after publication', () => {
    expect(resolveDay(findDayMentions('12月20日')[0]!, pub)).toMatchObject({
      value: '2020-12-20',
      basis: 'inferred',
    });
    expect(resolveDay(findDayMentions('4月20日')[0]!, pub)).toMatchObject({ value: '2021-04-20' });
  });

  it('leaves --MM-DD, stated, when the article is undated', () => {
    expect(resolveDay(findDayMentions('11月22日')[0]!, unknownDate())).toEqual({
      value: '--11-22',
      precision: 'day',
      basis: 'stated',
      asStated: '11月22日',
    });
  });

  it('always yields a valid PartialDate (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.option(fc.integer({ min: 1990, max: 2030 })),
        (m, d, y) => {
          const found = findDayMentions(`${y ? `${y}年` : ''}${m}月${d}日`);
          const published = y ? unknownDate() : pub;
          for (const f of found)
            expect(PartialDateSchema.safeParse(resolveDay(f, published)).success).toBe(true);
        },
      ),
    );
  });
});
