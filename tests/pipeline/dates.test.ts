// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartialDateSchema, unknownDate } from '../../src/domain';
import {
  findDateMentions,
  resolveMention,
  type DateMention,
} from '../../src/pipeline/lib/date-mentions';
import { findDayMentions, parseStatedDate, resolveDay } from '../../src/pipeline/lib/dates';
import {
  copyrightOwner,
  parseAccountLine,
  parseByline,
  parseDateLine,
  parseReporterLine,
  siteFromTitle,
  splitTrailingCredit,
} from '../../src/pipeline/lib/byline';
import { clean } from './helpers';

describe('publication dates as pages state them', () => {
  it.each([
    ['Thu, 01 Apr 2021 10:41:00 GMT', '2021-04-01', '2021-04-01T10:41:00Z'],
    ['Thu, 01 Apr 2021 10:41:00 +0800', '2021-04-01', '2021-04-01T10:41:00+08:00'],
    ['2021-04-01T10:41:00+08:00', '2021-04-01', '2021-04-01T10:41:00+08:00'],
    ['2021-04-01T02:41:00Z', '2021-04-01', '2021-04-01T02:41:00Z'],
    ['2023-11-13 15:33:51', '2023-11-13', undefined],
    ['2022-05-26', '2022-05-26', undefined],
    ['2021年4月1日', '2021-04-01', undefined],
    ['2021年4月1日 10:30', '2021-04-01', undefined],
    ['2020/11/5', '2020-11-05', undefined],
    ['2021/04/01', '2021-04-01', undefined],
    ['2021.04.01', '2021-04-01', undefined],
    ['April 1, 2021', '2021-04-01', undefined],
    ['Nov. 3th, 2020', '2020-11-03', undefined],
    ['3 November 2020', '2020-11-03', undefined],
  ])('%s', (text, value, datetime) => {
    const d = parseStatedDate(text)!;
    expect(d).toMatchObject({ value, precision: 'day', basis: 'stated', asStated: text });
    expect(d.datetime).toBe(datetime);
    expect(PartialDateSchema.safeParse(d).success).toBe(true);
  });

  it('keeps a time without a zone in a note, never an invented zone', () => {
    expect(parseStatedDate('2023-11-13 15:33:51')).toEqual({
      value: '2023-11-13',
      precision: 'day',
      basis: 'stated',
      asStated: '2023-11-13 15:33:51',
      note: 'time 15:33:51 stated without a zone',
    });
  });

  it('reads a month when the page gives no day', () => {
    for (const text of ['2021年4月', '2021-04', 'April 2021'])
      expect(parseStatedDate(text)).toMatchObject({ value: '2021-04', precision: 'month' });
  });

  it('reads Date objects (a YAML 1.1 timestamp, should one arrive) in UTC', () => {
    expect(parseStatedDate(new Date(Date.UTC(2021, 3, 1, 10, 41)))).toMatchObject({
      value: '2021-04-01',
      datetime: '2021-04-01T10:41:00Z',
    });
  });

  it('refuses impossible days and non-dates', () => {
    for (const bad of [
      '2023-02-30',
      '2023-13-01',
      'tomorrow',
      '',
      '12345',
      '2023-2025年',
      '2021-13',
    ])
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
      editors: ['張雨晨', '高崗'],
      date: { value: '2023-11-13' },
      creditOnly: false,
    });
    expect(parseByline('Author:党群服务与组织管理  Addtime:2020-11-05')).toMatchObject({
      author: '党群服务与组织管理',
      date: { value: '2020-11-05', asStated: 'Addtime:2020-11-05' },
    });
    expect(parseByline('凡本網註明“來源:國際在線”的所有信息內容')).toBeNull();
  });

  it.each([
    ['发布日期：2021/04/01', '2021-04-01'],
    ['时间：2021.04.01', '2021-04-01'],
    ['Published: April 1, 2021', '2021-04-01'],
    ['Addtime:2020-11-05', '2020-11-05'],
    ['發布時間:2022-05-26', '2022-05-26'],
    ['更新时间：2021年4月1日', '2021-04-01'],
  ])('reads the publication date of "%s"', (line, value) => {
    expect(parseByline(line)?.date).toMatchObject({ value, asStated: line });
  });

  it('reads editor and author credits, bracketed or not', () => {
    expect(parseByline('（责任编辑：王小明）')).toMatchObject({
      editors: ['王小明'],
      creditOnly: true,
    });
    expect(parseByline('【纠错】 【责任编辑:刘洋】')).toMatchObject({ editors: ['刘洋'] });
    expect(parseByline('来源：新华网 作者：张三')).toMatchObject({
      publisher: '新华网',
      author: '张三',
      creditOnly: false,
    });
    expect(parseByline('審核：李華')).toMatchObject({ creditOnly: true });
    expect(splitTrailingCredit('联盟将推动资源下沉。（责任编辑：王小明）')).toMatchObject({
      body: '联盟将推动资源下沉。',
      credit: '（责任编辑：王小明）',
      byline: { editors: ['王小明'] },
    });
    // A source credit in brackets is part of the text (seed 002 ends with one).
    expect(splitTrailingCredit('重要載體。(西鹹新區秦漢新城)')).toBeNull();
  });

  it('reads date-only, WeChat account and reporter lines', () => {
    expect(parseDateLine('2023年6月12日 下午3:20')?.date?.value).toBe('2023-06-12');
    expect(parseDateLine('2023年5月8日（星期一）')?.date?.value).toBe('2023-05-08');
    expect(parseDateLine('2023年5月8日，联盟在香港成立')).toBeNull();
    expect(
      parseAccountLine('原创 宣传科 复旦大学附属肿瘤医院 2023-06-12 18:05 发表于上海'),
    ).toMatchObject({
      author: '宣传科',
      publisher: '复旦大学附属肿瘤医院',
      date: { value: '2023-06-12' },
    });
    expect(parseReporterLine('記者林怡君／台北報導')).toMatchObject({ author: '林怡君' });
  });
});

describe('page metadata', () => {
  const page = (head: string, tail = '') =>
    clean(
      `<html><head>${head}</head><body><h1>某市医疗联盟成立大会隆重举行</h1><p>昨日，成都市第一人民医院牵头成立了成都医疗健康产业联盟，多家单位加入联盟。</p>${tail}</body></html>`,
      'page.html',
    );

  it('dates a page by its article:published_time when no byline does, and counts 昨日 from it', () => {
    const doc = page(
      '<meta property="article:published_time" content="2021-04-01T10:41:00+08:00">',
    );
    expect(doc.publishedAt).toMatchObject({
      value: '2021-04-01',
      datetime: '2021-04-01T10:41:00+08:00',
    });
    expect(doc.eventDates.map((d) => [d.value, d.basis])).toEqual([['2021-03-31', 'inferred']]);
  });

  it('infers the publisher from a copyright owner or the site name, never from a domain', () => {
    expect(page('', '<p>版权所有：杭州市卫生健康委员会</p>').publisher).toEqual({
      name: '杭州市卫生健康委员会',
      basis: 'inferred',
    });
    expect(page('<meta property="og:site_name" content="健康时报网">').publisher).toEqual({
      name: '健康时报网',
      basis: 'inferred',
    });
    expect(page('<title>某市医疗联盟成立大会隆重举行-新华网</title>').publisher?.name).toBe(
      '新华网',
    );
    for (const [line, owner] of [
      [
        'Copyright ? 2019 www.dancegr8exp.com. All rights reserved. 濟寧市第一人民醫院版權所有',
        '濟寧市第一人民醫院',
      ],
      ['版权所有 Copyright 郑州大学第一附属医院 豫ICP备10006689号', '郑州大学第一附属医院'],
      [
        'Copyright © 2020 Chengdu High-tech Medical Association. All rights reserved.',
        'Chengdu High-tech Medical Association',
      ],
      ['Copyright © 2019 www.example.com All rights reserved.', null],
      ['聲明:本媒體部分圖片、文章來源于網絡,版權歸原作者所有', null],
    ] as const)
      expect(copyrightOwner(line)).toBe(owner);
    expect(siteFromTitle('武汉光谷生物医药产业联盟揭牌_新闻中心_长江网')).toBe('长江网');
    expect(siteFromTitle('行动计划（2023-2025年）')).toBeNull();
  });
});

describe('event days in running text', () => {
  const pub = parseStatedDate('2021-04-01')!;

  const resolved = (text: string, published = pub) =>
    findDateMentions(text).map((m) => {
      const d = resolveMention(m, published);
      return d ? [d.value, d.precision, d.basis, ...(d.end ? [d.end] : [])] : null;
    });

  it('resolves relative days against a publication day, and skips vague ones', () => {
    expect(
      resolved('昨日，联盟成立。今天举行了签约。前天召开筹备会。日前、近日也有报道。'),
    ).toEqual([
      ['2021-03-31', 'day', 'inferred'],
      ['2021-04-01', 'day', 'inferred'],
      ['2021-03-30', 'day', 'inferred'],
    ]);
    expect(resolved('本月5日举行。Yesterday the alliance was founded; on Monday it met.')).toEqual([
      ['2021-04-05', 'day', 'inferred'],
      ['2021-03-31', 'day', 'inferred'],
    ]);
    expect(resolved('臺北榮總今（12）日宣布')).toEqual([['2021-04-12', 'day', 'inferred']]);
    // The present, a company name: not days.
    expect(resolved('今天的中国，今日头条报道')).toEqual([]);
    // Without a publication day nothing can be counted from it.
    expect(resolved('昨日，联盟成立。', unknownDate())).toEqual([null]);
    expect(resolveMention(findDateMentions('昨日')[0]!, pub)).toMatchObject({
      asStated: '昨日',
      note: '"昨日" counted from the publication date 2021-04-01',
    });
  });

  it('reads stated years, months and ranges in Chinese and English', () => {
    expect(
      resolved(
        '2020年11月3日签约，2021年4月启动，11月8日至10日举办，4月8日-10日，3月30日至4月2日。',
      ),
    ).toEqual([
      ['2020-11-03', 'day', 'stated'],
      ['2021-04', 'month', 'stated'],
      ['2020-11-08', 'day', 'inferred', '2020-11-10'],
      ['2021-04-08', 'day', 'inferred', '2021-04-10'],
      ['2021-03-30', 'day', 'inferred', '2021-04-02'],
    ]);
    expect(
      resolved(
        'November 3th, 2020; Nov. 3, 2020; 3 November 2020; November 3-5, 2020; in April 2021.',
      ),
    ).toEqual([
      ['2020-11-03', 'day', 'stated'],
      ['2020-11-03', 'day', 'stated'],
      ['2020-11-03', 'day', 'stated'],
      ['2020-11-03', 'day', 'stated', '2020-11-05'],
      ['2021-04', 'month', 'stated'],
    ]);
  });

  it('takes "may" and "march" for months only with a capital or a year', () => {
    expect(
      findDateMentions('about 20 may join; 3 march on. Since 5 May.').map((m) => m.asStated),
    ).toEqual(['5 May']);
  });

  it('does not take plan periods or version numbers for dates', () => {
    expect(findDateMentions('行動計劃(2023-2025年)，版本1.12.3，2023年度')).toEqual([]);
  });

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

  it('any text: never throws, mentions never overlap, every resolved date is valid (property)', () => {
    const piece = fc.constantFrom(
      '3月31日',
      '2020年11月3日',
      '2021年4月',
      '11月8日至10日',
      '昨日',
      '今天',
      '本月5日',
      'November 3th, 2020',
      '3-5 November',
      'May',
      'yesterday',
      '，',
      '。',
      ' ',
      '12',
      '年',
      '月',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 20 }),
        fc.constantFrom(pub, unknownDate(), parseStatedDate('2021-04')!),
        (pieces, published) => {
          const found: DateMention[] = findDateMentions(pieces.join(''));
          found.forEach((m, i) => {
            if (i > 0)
              expect(m.index).toBeGreaterThanOrEqual(found[i - 1]!.index + found[i - 1]!.length);
            const d = resolveMention(m, published);
            if (d) expect(PartialDateSchema.safeParse(d).success).toBe(true);
          });
        },
      ),
    );
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
