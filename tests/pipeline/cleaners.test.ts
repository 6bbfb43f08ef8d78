// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSimplifier } from '../../src/pipeline/lib/chinese';
import { isTonedSyllable, stripPinyin } from '../../src/pipeline/lib/pinyin';
import { normaliseSpace } from '../../src/pipeline/lib/text';
import { cleanImageUrl } from '../../src/pipeline/lib/urls';
import { looksLikeHtml } from '../../src/pipeline/stages/detect-format';
import { languageOf } from '../../src/pipeline/stages/detect-language';
import { isHeadlineLike } from '../../src/pipeline/stages/extract-title';
import { spamScore } from '../../src/pipeline/stages/strip-spam';
import { GOLD } from './gold';
import { realResources } from './helpers';

const han = fc.constantFrom(
  ...'區產業發創醫協優戰規續網養聯現陝西濟寧市第一人民醫院普陀數智健康'.split(''),
);
const hanText = fc.array(han, { maxLength: 40 }).map((a) => a.join(''));

describe('pinyin artifacts', () => {
  it('removes a tone-marked syllable after a Han character, whatever the syllable', () => {
    expect(stripPinyin('普陀區(qū)舉辦').text).toBe('普陀區舉辦');
    expect(stripPinyin('產(chǎn)學研（lián）').text).toBe('產學研');
    expect(stripPinyin('醫(yī)院與規(guī)劃').found).toEqual(['醫(yī)', '規(guī)']);
  });

  it('removes a neutral-tone syllable only when it is a reading of the character', () => {
    expect(stripPinyin('當地著(zhe)力推進').text).toBe('當地著力推進');
    expect(stripPinyin('人工智能(ai)').text).toBe('人工智能(ai)');
  });

  it('keeps parentheses that are not pinyin', () => {
    for (const keep of [
      '孵化器(籌)',
      '網絡(北京)有限公司',
      '行動計劃(2023-2025年)',
      '人大(NPC)',
      '研究院(所)',
      '陈(Chen)',
      'Chen Qi 勲 (x)',
    ])
      expect(stripPinyin(keep).text).toBe(keep);
  });

  it('knows pinyin syllables from other words with accents', () => {
    for (const yes of ['qū', 'chǎn', 'yè', 'lǜ', 'zhuàng', 'ā'])
      expect(isTonedSyllable(yes)).toBe(true);
    for (const no of ['qu', 'café', 'née', 'xyzā', 'über']) expect(isTonedSyllable(no)).toBe(false);
  });

  it('is idempotent and only ever shortens text (property)', () => {
    const syllable = fc.constantFrom('qū', 'chǎn', 'yè', 'fā', 'chuàng', 'yī', 'xié', 'jiàn', 'lǜ');
    const piece = fc.oneof(
      hanText,
      fc.tuple(han, syllable).map(([h, s]) => `${h}(${s})`),
      fc.constantFrom('(籌)', '(2023)', ', ', 'Chen (NPC)'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((a) => a.join('')),
        (text) => {
          const once = stripPinyin(text).text;
          expect(stripPinyin(once).text).toBe(once);
          expect(once.length).toBeLessThanOrEqual(text.length);
          expect(once.replace(/[()]/g, '')).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
        },
      ),
    );
  });
});

describe('text helpers', () => {
  it('normaliseSpace is idempotent and leaves no exotic spaces (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\u00a0', '\u3000', '\t', '中', '\u200b') }),
        (s) => {
          const once = normaliseSpace(s);
          expect(normaliseSpace(once)).toBe(once);
          expect(once).not.toMatch(/[\u00a0\u3000\t\u200b]| {2}|^ | $/);
        },
      ),
    );
  });

  it('the Simplified converter keeps every UTF-16 length (property)', () => {
    const simplify = makeSimplifier(new Map([['陜', '陝']]));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(simplify(s).length).toBe(s.length);
      }),
    );
    expect(simplify('陜西醫工産業聯盟')).toBe('陕西医工产业联盟');
  });

  it('image URLs: only http(s), proxies unwrapped (property: never a non-http src)', () => {
    expect(cleanImageUrl('https://cors.zfour.workers.dev/?http://images.ofweek.com/x.png')).toEqual(
      {
        src: 'http://images.ofweek.com/x.png',
        originalSrc: 'https://cors.zfour.workers.dev/?http://images.ofweek.com/x.png',
      },
    );
    expect(
      cleanImageUrl('https://proxy.example/fetch?url=https%3A%2F%2Fimg.example%2Fa.jpg')?.src,
    ).toBe('https://img.example/a.jpg');
    expect(cleanImageUrl('https://img.example/a.jpg?w=200')).toEqual({
      src: 'https://img.example/a.jpg?w=200',
    });
    for (const bad of [
      'javascript:alert(1)',
      'data:image/png;base64,AA',
      'ftp://x/y.png',
      'vbscript:x',
      '',
    ])
      expect(cleanImageUrl(bad)).toBeNull();
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (u) => {
        const r = cleanImageUrl(u);
        if (r) expect(r.src).toMatch(/^https?:\/\//i);
      }),
    );
  });

  it('tells HTML from plain text with a stray tag', () => {
    expect(looksLikeHtml('<div>\n<p>a</p><p>b</p><img src="x">\n</div>')).toBe(true);
    expect(
      looksLikeHtml('第一行\n第二行<br>\n第三行\n第四行\n第五行\n第六行\n第七行\n第八行'),
    ).toBe(false);
  });

  it('knows headlines from channel labels, breadcrumbs and sentences', () => {
    for (const yes of [
      '普陀區舉辦沿滬寧數智健康產業創新大會',
      '陜西醫工産業聯盟正式成立運行',
      'Explore new methods of cross-integration, and more!',
    ])
      expect(isHeadlineLike(yes)).toBe(true);
    for (const no of [
      '上海',
      '新聞中心',
      '首頁>地方頻道>上海>要聞',
      '來源:濟寧市第一人民醫院',
      '今天，医院与大学签署了协议。',
    ])
      expect(isHeadlineLike(no)).toBe(false);
  });

  it('detects language by what OpenCC changes', () => {
    expect(languageOf('母婴大健康产业技术创新联盟升级盛启')).toBe('zh-Hans');
    expect(languageOf('陜西醫工産業聯盟正式成立運行')).toBe('zh-Hant');
    expect(languageOf('Shenzhen and Chengdu jointly held the seminar 勲')).toBe('en');
  });
});

describe('spam lines', () => {
  const res = realResources();
  it('never flags a gold body paragraph', () => {
    for (const g of GOLD)
      for (const p of g.cleanliness.body_paragraphs)
        expect(spamScore(res.simplify(p.text_clean), res.curation.spam)).toBeNull();
  });

  it('flags keyword lists whatever the separator', () => {
    for (const sep of ['|', ',', ' ', '，']) {
      const line = [
        '亚洲无码中文字幕',
        '一区二区三区',
        '特级毛片在线观看',
        '人妻精品导航',
        '深夜激情',
      ].join(sep);
      expect(spamScore(line, res.curation.spam)).not.toBeNull();
    }
  });
});
