// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildLexicon, classify, type CedictRow } from '../../scripts/build-org-lexicon';
import { extractAll } from '../../src/pipeline/commands/extract';
import { extractText } from '../../src/pipeline/extractors/extract-text';
import { NameTable } from '../../src/pipeline/extractors/name-table';
import { regionIndex } from '../../src/pipeline/extractors/regions';
import { segmentWords } from '../../src/pipeline/extractors/segment';
import { realResources } from './helpers';

/**
 * Names without a head word: from the dictionary (data/lexicon/organisations.json, made from
 * CC-CEDICT), from the two sides of a match, and from the rest of the corpus. Sentences are made
 * up; dictionary rows are CC-CEDICT's own.
 */
const res = realResources();
const index = regionIndex(res.gazetteer, res.curation.regionGuards, res.extraction!.zones);
const names = (text: string) =>
  extractText(res.simplify(text), index)
    .names.filter((n) => !n.bare && !n.nested)
    .map((n) => n.name);
const institutions = (texts: string[]) =>
  extractAll(texts, res).map((ms) => ms.filter((m) => m.type === 'institution').map((m) => m.text));

describe('the organisation lexicon from CC-CEDICT', () => {
  const row = (name: string, pinyin: string, sense: string | string[]): CedictRow => [
    name,
    name,
    pinyin,
    sense,
  ];

  it('keeps proper nouns the gloss calls an organisation, and abbreviations of a headed name', () => {
    expect(
      classify(row('新浪', 'Xin1 lang4', 'Sina, Chinese web portal and online media company')),
    ).toMatchObject({ subtype: 'media', en: 'Sina' });
    expect(
      classify(
        row(
          '央行',
          'yang1 hang2',
          'central bank (abbr. for 中央銀行|中央银行[zhong1 yang1 yin2 hang2])',
        ),
      ),
    ).toMatchObject({ subtype: 'company', full: '中央银行' });
    expect(
      classify(row('北大', 'Bei3 Da4', 'Peking University (abbr. for 北京大學|北京大学)')),
    ).toMatchObject({ subtype: 'university' });
  });

  it('leaves out places, people, common nouns and words whose first sense is no name', () => {
    expect(classify(row('利物浦', 'Li4 wu4 pu3', 'Liverpool (England)'))).toBeUndefined();
    expect(
      classify(
        row(
          '雷锋',
          'Lei2 Feng1',
          'Lei Feng (1940–1962), a soldier celebrated by the Chinese government',
        ),
      ),
    ).toBeUndefined();
    expect(
      classify(row('投行', 'tou2 hang2', 'investment bank (abbr. for 投資銀行|投资银行)')),
    ).toBeUndefined();
    expect(
      classify(
        row('花旗', 'hua1 qi2', [
          'the Stars and Stripes (US flag)',
          'abbr. for Citibank 花旗銀行|花旗银行',
        ]),
      ),
    ).toBeUndefined();
    // `大众`: the masses before it is Volkswagen.
    const lexicon = buildLexicon([
      row('大众', 'da4 zhong4', ['the masses', 'the great bulk of the population']),
      row('大众', 'Da4 zhong4', 'Volkswagen (car manufacturer)'),
      row('腾讯', 'Teng2 xun4', 'Tencent, Chinese tech conglomerate, founded in 1998'),
    ]);
    expect(lexicon.map((e) => e.name)).toEqual(['腾讯']);
  });

  it('links a short form to its full name only where the dictionary agrees with itself', () => {
    const lexicon = buildLexicon([
      [
        '中國社會科學院',
        '中国社会科学院',
        'Zhong1 guo2 She4 hui4 Ke1 xue2 yuan4',
        'Chinese Academy of Social Sciences (CASS)',
      ],
      [
        '中科院',
        '中科院',
        'Zhong1 ke1 yuan4',
        'abbr. for 中國社會科學院|中国社会科学院[Zhong1 guo2 She4 hui4 Ke1 xue2 yuan4], Chinese Academy of Sciences (CAS)',
      ],
      ['清華大學', '清华大学', 'Qing1 hua2 Da4 xue2', 'Tsinghua University, Beijing'],
      ['清華', '清华', 'Qing1 hua2', 'abbr. for 清華大學|清华大学[Qing1 hua2 Da4 xue2]'],
    ]);
    const by = new Map(lexicon.map((e) => [e.name, e]));
    // The stated English (CAS) is not the full name's (CASS): no link, the stated name kept.
    expect(by.get('中科院')).toEqual({
      name: '中科院',
      subtype: 'research',
      en: 'Chinese Academy of Sciences',
    });
    expect(by.get('清华')).toMatchObject({ full: '清华大学', en: 'Tsinghua University' });
  });

  it('finds dictionary names as whole words, with the places before them', () => {
    expect(names('北大和清华的专家出席了论坛')).toEqual(['北大', '清华']);
    expect(names('香港证监会昨日表示')).toEqual(['香港证监会']);
    expect(names('新浪潮电影展开幕')).toEqual([]);
    expect(names('新华社北京3月5日电')).not.toContain('日电');
    // A name's website is a name; `网友` (netizens) is not part of one.
    expect(names('据新华网报道，新浪网友称')).toEqual(['新华网', '新浪']);
  });

  it('joins a dictionary name to the branch or unit named right after it', () => {
    expect(names('中国电信武汉分公司与协和医院签约')).toContain('中国电信武汉分公司');
  });
});

describe('names from the sides of a match and from clauses', () => {
  it('reads both sides of `vs` as teams, without the list number', () => {
    expect(names('03.华岳vs北辰，推荐主胜')).toEqual(['华岳', '北辰']);
  });

  it('runs no name through a conjunction, a pronoun or a passive clause', () => {
    expect(names('因理念不同而黯然离队')).toEqual([]);
    expect(names('他有信心带队取胜')).toEqual([]);
    expect(names('客户被人冒名补办的银行')).toEqual([]);
  });
});

describe('names the corpus taught itself', () => {
  it('finds in one text a name another text read from context', () => {
    const alone = institutions(['会上，岚岳医创展示了康复机器人']);
    expect(alone[0]).not.toContain('岚岳医创');
    const together = institutions([
      '岚岳医创副总裁李明表示，联盟将扩大',
      '会上，岚岳医创展示了康复机器人',
    ]);
    expect(together[0]).toContain('岚岳医创');
    expect(together[1]).toContain('岚岳医创');
  });

  it('reads a text in linear time however many names share a first character', () => {
    const taught = new Map(
      Array.from({ length: 5000 }, (_, k): [string, 'company'] => [
        `上${k.toString(36)}医创`,
        'company',
      ]),
    );
    const table = new NameTable(taught);
    const text = `${'上'.repeat(100_000)}上zz医创`;
    const started = performance.now();
    expect(table.occursIn(text)).toBe(true);
    expect(table.find(text, segmentWords(text), 'corpus').map((h) => h.name)).toEqual(['上zz医创']);
    // A scan that tried every name at every position would take minutes here.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
