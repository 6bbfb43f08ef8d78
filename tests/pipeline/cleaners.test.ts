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
import { isWidgetRow } from '../../src/pipeline/stages/strip-boilerplate';
import { GOLD } from './gold';
import { clean, realResources } from './helpers';

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

  it('the Simplified match text keeps every UTF-16 length (property)', () => {
    const simplify = makeSimplifier(new Map([['陜', '陝']]), [
      { from: '品质发展', to: '质量发展' },
    ]);
    const zh = fc.constantFrom(...'高品質發展陜西醫工産業聯盟著名記憶體軟體程式，。 a1'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: zh })), (s) => {
        expect(simplify(s).length).toBe(s.length);
      }),
    );
    expect(simplify('陜西醫工産業聯盟')).toBe('陕西医工产业联盟');
  });

  it('maps converter phrases back on the match text only, and never Taiwan phrases', () => {
    const matchText = realResources().simplify;
    expect(matchText('醫藥工業高品質發展行動計劃')).toBe('医药工业高质量发展行动计划');
    // 品质 alone is a Mainland word; only the curated phrase is mapped.
    expect(matchText('高品質生活')).toBe('高品质生活');
    // Words OpenCC twp→cn would rewrite although Mainland text uses them (why twp is not used).
    const kept: Array<[string, string]> = [
      ['整合高校醫院', '整合高校医院'],
      ['智慧醫療', '智慧医疗'],
      ['執行院長', '执行院长'],
      ['學習資料', '学习资料'],
      ['軟體', '软体'],
    ];
    for (const [hant, hans] of kept) expect(matchText(hant)).toBe(hans);
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

  it('marks a block whose language clearly differs from the article, and only then', () => {
    const doc = clean(
      [
        '臺北榮總攜手十家醫院成立智慧醫療聯盟',
        '',
        '　　臺北榮民總醫院今日宣布與臺大醫院、長庚紀念醫院等十家醫院成立聯盟，推動醫療影像與電子病歷的資料共享。',
        'Photo: Taipei Veterans General Hospital',
        '　　院長陳威明表示，聯盟將啟動第一階段的遠距會診試辦計畫，預計年底前擴大至偏鄉衛生所。',
        '　　会议由国家卫生健康委员会医政司主办，来自全国的专家学者参加。',
        '　　聯盟網站 AI 平台上線。',
      ].join('\n'),
    );
    expect(doc.language).toBe('zh-Hant');
    expect(doc.blocks.map((b) => b.language ?? null)).toEqual([null, 'en', null, 'zh-Hans', null]);
  });

  it('detects language by what OpenCC changes', () => {
    expect(languageOf('母婴大健康产业技术创新联盟升级盛启')).toBe('zh-Hans');
    expect(languageOf('陜西醫工産業聯盟正式成立運行')).toBe('zh-Hant');
    expect(languageOf('Shenzhen and Chengdu jointly held the seminar 勲')).toBe('en');
  });
});

describe('widget rows', () => {
  const table = realResources().curation.boilerplate;
  it('knows a row of page controls from a line that mentions them', () => {
    for (const yes of [
      '【字体：大 中 小】 打印本页 关闭窗口 分享到：',
      '分享到： 微信 微博 QQ空间',
      '阅读 2345 在看 12',
      '分享 收藏 点赞 在看',
    ])
      expect(isWidgetRow(yes, table)).toBe(true);
    for (const no of [
      '中小企业',
      '大中小学校园健康行动',
      '打印机',
      '分享',
      '请关注微信公众号获取更多健康资讯。',
    ])
      expect(isWidgetRow(no, table)).toBe(false);
  });
});

describe('spam lines', () => {
  const res = realResources();
  it('never flags a gold body paragraph', () => {
    for (const g of GOLD)
      for (const p of g.cleanliness.body_paragraphs)
        expect(spamScore(res.simplify(p.text_clean), res.curation.spam)).toBeNull();
  });

  it('cuts a keyword list glued into a paragraph and keeps the prose', () => {
    const doc = clean(
      '广州市医学影像联盟成立\n\n　　联盟负责人表示，将建设区域影像云平台，促进健康产业。亚洲无码|一区二区|特级毛片|人妻自拍\n',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '联盟负责人表示，将建设区域影像云平台，促进健康产业。',
    ]);
    expect(doc.removed.filter((r) => r.kind === 'spam')).toEqual([
      { kind: 'spam', rule: 'keyword-list-inline', text: '亚洲无码|一区二区|特级毛片|人妻自拍' },
    ]);
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
