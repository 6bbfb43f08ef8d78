// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/pipeline/extractors/extract-text';
import { regionIndex } from '../../src/pipeline/extractors/regions';
import { realResources } from './helpers';

/**
 * Institutions and collaborations in single texts: sentences from the seeds and made-up sentences
 * in the style of other sites (other provinces, other kinds of alliance), none from any gold file.
 */
const res = realResources();
const index = regionIndex(res.gazetteer, res.curation.regionGuards, res.extraction!.zones);
const found = (text: string) => extractText(res.simplify(text), index);
const names = (text: string) =>
  found(text)
    .names.filter((n) => !n.bare && !n.nested)
    .map((n) => `${n.kind[0]}:${n.name}`);

describe('names by head word', () => {
  it('extends left over the name and stops at verbs and particles (seed 000)', () => {
    expect(
      names('由美德因妇儿医院股份有限公司主办的“致爱新生——母婴大健康产业技术创新联盟战略发布会”'),
    ).toEqual(['i:美德因妇儿医院股份有限公司', 'c:母婴大健康产业技术创新联盟']);
  });

  it('crosses 及/和/与 only into a place-led name or a government field', () => {
    expect(names('沈阳市母婴医疗及护理服务产业技术创新联盟的升级')).toEqual([
      'c:沈阳市母婴医疗及护理服务产业技术创新联盟',
    ]);
    expect(names('上海市經濟和信息化委員會、住房和城乡建设部')).toEqual([
      'i:上海市经济和信息化委员会',
      'i:住房和城乡建设部',
    ]);
    expect(names('濟寧高新區管委會與濟寧市第一人民醫院全面合作戰略協議簽約')).toEqual([
      'i:济宁高新区管委会',
      'i:济宁市第一人民医院',
      'c:全面合作战略协议',
    ]);
  });

  it('reads names from another province and another kind of alliance', () => {
    expect(
      names(
        '4月12日，由杭州市第一人民医院牵头，联合浙江大学医学院附属第二医院等12家单位共同发起成立的杭州市心血管专科联盟正式揭牌。',
      ),
    ).toEqual(['i:杭州市第一人民医院', 'i:浙江大学医学院附属第二医院', 'c:杭州市心血管专科联盟']);
    expect(
      names('广州市卫生健康委员会与中山大学签署战略合作协议，共建粤港澳大湾区医学创新中心。'),
    ).toEqual([
      'i:广州市卫生健康委员会',
      'i:中山大学',
      'c:战略合作协议',
      'i:粤港澳大湾区医学创新中心',
    ]);
  });

  it('takes a department of a government body with it, but a hospital for its party committee', () => {
    expect(names('公安部经济犯罪侦查局介入调查')).toEqual(['i:公安部经济犯罪侦查局']);
    expect(names('市第一人民醫院黨委書記孫樹印')).toEqual(['i:市第一人民医院']);
    expect(found('市卫健委、科技局的领导').names.every((n) => n.relative)).toBe(true);
  });

  it('names nothing with generic words, verbs or counts alone', () => {
    expect(names('这标志着医院与高校的合作')).toEqual([]);
    expect(names('既是产业联盟，也是共同体；深度赋能联盟')).toEqual([]);
    expect(names('大部分商业银行和多家医疗机构参与，本队主场获胜')).toEqual([]);
    expect(names('持续努力建设高水平临床医学实验中心')).toEqual([]);
  });

  it('keeps a parent institution as a nested name (`…研究院|临床医学中心`)', () => {
    const x = found('濟寧市醫學科學研究院臨床醫學中心揭牌');
    expect(x.names.map((n) => [n.name, !!n.nested])).toEqual([
      ['济宁市医学科学研究院临床医学中心', false],
      ['济宁市医学科学研究院', true],
    ]);
  });

  it('tells advisory committees (collaborations) from commissions and association branches', () => {
    expect(names('第二批智庫專家團加入了普陀區組建成立的數智健康戰略咨詢委員會')).toEqual([
      'c:数智健康战略咨询委员会',
    ]);
    expect(
      names(
        'undertook by the International Special Committee on Medical Innovation and Specialty Development',
      ),
    ).toEqual([
      'i:International Special Committee on Medical Innovation and Specialty Development',
    ]);
  });

  it('reads English names, with `of …` and after `director of`', () => {
    expect(
      names(
        'co-sponsored by Sichuan Tianfu Health Industry Research Institute, Chengdu Tianfu New District Medical Association and Chengdu High-tech Medical Association',
      ),
    ).toEqual([
      'i:Sichuan Tianfu Health Industry Research Institute',
      'i:Chengdu Tianfu New District Medical Association',
      'i:Chengdu High-tech Medical Association',
    ]);
    expect(
      names(
        'Huang Pengyu, director of biological Industry Development Bureau of Chengdu High-tech Zone',
      ),
    ).toEqual(['i:biological Industry Development Bureau of Chengdu High-tech Zone']);
    expect(
      names(
        'The Hangzhou Municipal Health Commission and Zhejiang University signed a framework agreement.',
      ),
    ).toEqual([
      'i:Hangzhou Municipal Health Commission',
      'i:Zhejiang University',
      'c:framework agreement',
    ]);
  });
});

describe('names from context', () => {
  it('reads short trade names from lists, parties and employers (seeds 000, 001)', () => {
    expect(names('上海安納金醫療、上海創航軟件等10家單位加入聯盟')).toEqual([
      'i:上海安纳金医疗',
      'i:上海创航软件',
    ]);
    expect(names('薩婭醫創及普陀城投為薩婭醫創產業孵化器(籌)揭牌')).toEqual([
      'i:萨娅医创',
      'i:普陀城投',
      'c:萨娅医创产业孵化器(筹)',
    ]);
    expect(names('台美家产后护理张爽总经理作为联盟代表致辞')).toContain('i:台美家产后护理');
    expect(names('顧曉松院士率領的研究團隊、同濟醫院與薩婭醫創聯合簽署協議')).toContain(
      'i:顾晓松院士率领的研究团队',
    );
  });

  it('reads organisations from what is said of them, in a made-up business sentence', () => {
    expect(names('华瑞康泰(600123)公告称，公司与博远医疗签约合作。')).toEqual([
      'i:华瑞康泰',
      'i:博远医疗',
    ]);
    expect(names('co-organized by The United East U Valley.')).toEqual([
      'i:The United East U Valley',
    ]);
  });
});
