// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/pipeline/commands/extract';
import { extractText } from '../../src/pipeline/extractors/extract-text';
import { regionIndex } from '../../src/pipeline/extractors/regions';
import { realResources } from './helpers';

const res = realResources();
const index = regionIndex(res.gazetteer, res.curation.regionGuards, res.extraction!.zones);
const people = (text: string) =>
  extractText(res.simplify(text), index).people.map((p) => `${p.name}|${p.title}`);
const regions = (text: string) =>
  extractMentions(text, res)
    .filter((m) => m.type === 'region')
    .map((m) => `${m.text}${m.regionCode ? `:${m.regionCode}` : ''}`);

describe('people by title', () => {
  it('reads title-then-name and name-then-title, with the organisation before (seeds 000, 003)', () => {
    expect(
      people('美德因妇儿医院刘伟院长、科技局王晶副局长、台美家产后护理张爽总经理共同启幕'),
    ).toEqual(['刘伟|院长', '王晶|副局长', '张爽|总经理']);
    expect(people('醫院黨委副書記、院長鐘海濤,醫院副院長喬森出席')).toEqual([
      '钟海涛|院长',
      '乔森|副院长',
    ]);
    expect(people('沈阳市科技创新大联盟秘书长李玉玲热情致辞')).toEqual(['李玉玲|秘书长']);
  });

  it('takes no dictionary word for a name (`主席单位`, `专家智库`)', () => {
    expect(people('联盟主席单位、理事长单位等19家单位；为专家智库颁发聘书')).toEqual([]);
  });

  it('reads a made-up other-site sentence and English appositions', () => {
    expect(people('湖南省人民医院副院长周建华介绍，院长陈立新出席。')).toEqual([
      '周建华|副院长',
      '陈立新|院长',
    ]);
    expect(
      people('Huang Pengyu, director of the Bureau, and Mr. Zhang Ximin, deputy section chief'),
    ).toEqual(['Huang Pengyu|director', 'Zhang Ximin|deputy section chief']);
  });
});

describe('regions', () => {
  it('matches full names, province and city short forms, never guarded words', () => {
    expect(regions('沈阳市母婴联盟在上海举行，祝大家安康')).toEqual(['上海:310000']);
    expect(regions('龙华召开会议')).toEqual([]);
  });

  it('leaves a place inside a name to the name (`北京` in `北京中关村产业研究院`)', () => {
    expect(extractMentions('北京中关村產業研究院的专家', res).map((m) => m.type)).toEqual([
      'institution',
    ]);
  });

  it('reads zones: from the table, by rule after a city, and in English', () => {
    // 西咸新区 spans Xi'an and Xianyang: no one code.
    expect(regions('西鹹新區秦漢新城大健康産業高峰論壇')).toEqual(['西鹹新區', '秦漢新城:610404']);
    expect(regions('落户济宁高新区，与苏州工业园区合作')).toEqual([
      '济宁高新区:370800',
      '苏州工业园区:320500',
    ]);
    expect(regions('located in Chengdu High-tech Zone, near the Tianfu New District')).toEqual([
      'Chengdu High-tech Zone:510100',
      'Tianfu New District:510100',
    ]);
  });

  it('resolves an ambiguous district by the city the text names, and skips slogans', () => {
    expect(regions('上海市普陀区举办大会')).toEqual(['上海市:310000', '普陀区:310107']);
    expect(regions('普陀区举办大会')).toEqual(['普陀区']);
    expect(regions('以健康中国战略为统领，推动长三角协同')).toEqual(['长三角']);
    expect(regions("As an important window of China's reform, Shenrong")).toEqual([
      'China',
      'Shenrong',
    ]);
  });
});
