import type { CollaborationSubtypeSchema, InstitutionSubtypeSchema } from '../../../domain';
import type { z } from 'zod';

/**
 * Head words: the last word of an institution or collaboration name (`…医院`, `…联盟`,
 * `… Association`). A name is found by its head and extended left over the words before it.
 * All Chinese here is Simplified; extractors match on the Simplified text.
 */
export type InstSubtype = z.infer<typeof InstitutionSubtypeSchema>;
export type CollabSubtype = z.infer<typeof CollaborationSubtypeSchema>;

export interface Head {
  text: string;
  kind: 'institution' | 'collaboration';
  subtype: InstSubtype | CollabSubtype;
  /**
   * What the words before the head must be: `region` — a place (or 市/区/县 for the article's
   * own), `domain` — a place or a government field (`科技局`, `教育部`), `name` — anything that is not
   * only generic words.
   */
  needs: 'region' | 'domain' | 'name';
  /** Fewest characters before the head. */
  min?: number;
}

const rows = (
  kind: Head['kind'],
  needs: Head['needs'],
  list: Array<[string, Head['subtype']]>,
  extra: Partial<Head> = {},
): Head[] => list.map(([text, subtype]) => ({ text, kind, subtype, needs, ...extra }));

export const HEADS_ZH: Head[] = [
  ...rows('collaboration', 'name', [
    ['联合实验室', 'joint-lab'],
    ['联合研究中心', 'joint-lab'],
    ['联合创新中心', 'joint-lab'],
    ['联合研究院', 'joint-lab'],
    ['医联体', 'alliance'],
    ['医共体', 'alliance'],
    ['联盟', 'alliance'],
    ['联合体', 'alliance'],
    ['协作网', 'alliance'],
    ['战略合作协议', 'agreement'],
    ['战略合作框架协议', 'agreement'],
    ['框架协议', 'agreement'],
    ['合作协议', 'agreement'],
    ['协议', 'agreement'],
    ['合作备忘录', 'agreement'],
    ['备忘录', 'agreement'],
    ['孵化器', 'incubator'],
    ['加速器', 'incubator'],
    ['众创空间', 'incubator'],
  ]),
  ...rows(
    'institution',
    'name',
    [
      ['股份有限公司', 'company'],
      ['有限责任公司', 'company'],
      ['有限公司', 'company'],
      ['股份公司', 'company'],
      ['分公司', 'company'],
      ['分行', 'company'],
      ['支行', 'company'],
      ['事务所', 'company'],
      ['交易所', 'company'],
      ['厂', 'company'],
      ['公司', 'company'],
      ['集团', 'company'],
      ['银行', 'company'],
      ['证券', 'company'],
      ['保险', 'company'],
      ['信托', 'company'],
      ['资本', 'investor'],
      ['创投', 'investor'],
      ['基金', 'investor'],
      ['医院', 'hospital'],
      ['卫生院', 'hospital'],
      ['保健院', 'hospital'],
      ['卫生服务中心', 'hospital'],
      ['门诊部', 'hospital'],
      ['诊所', 'hospital'],
      ['大学', 'university'],
      ['学院', 'university'],
      ['中学', 'university'],
      ['小学', 'university'],
      ['学校', 'university'],
      ['党校', 'university'],
      ['幼儿园', 'university'],
      ['人民法院', 'government'],
      ['法院', 'government'],
      ['检察院', 'government'],
      ['国务院', 'government'],
      ['办公厅', 'government'],
      ['专班', 'government'],
      ['指挥部', 'government'],
      ['派出所', 'government'],
      ['自卫队', 'government'],
      ['部队', 'government'],
      ['军队', 'government'],
      ['舰队', 'government'],
      ['军区', 'government'],
      ['司令部', 'government'],
      ['参谋部', 'government'],
      ['分局', 'government'],
      ['支队', 'government'],
      ['大队', 'government'],
      ['医学会', 'association'],
      ['协会', 'association'],
      ['学会', 'association'],
      ['商会', 'association'],
      ['联合会', 'association'],
      ['促进会', 'association'],
      ['研究会', 'association'],
      ['基金会', 'association'],
      ['红十字会', 'association'],
      ['专委会', 'association'],
      ['专业委员会', 'association'],
      ['分会', 'association'],
      ['俱乐部', 'association'],
      ['研究院', 'research'],
      ['研究所', 'research'],
      ['科学院', 'research'],
      ['工程院', 'research'],
      ['社科院', 'research'],
      ['设计院', 'research'],
      ['院', 'research'],
      ['研究中心', 'research'],
      ['实验室', 'research'],
      ['中心', 'other'],
      ['产业园', 'park'],
      ['科技园', 'park'],
      ['工业园', 'park'],
      ['软件园', 'park'],
      ['创业园', 'park'],
      ['科技城', 'park'],
      ['生物城', 'park'],
      ['医药城', 'park'],
      ['产业基地', 'park'],
      ['电视台', 'media'],
      ['广播电台', 'media'],
      ['电台', 'media'],
      ['报社', 'media'],
      ['杂志社', 'media'],
      ['出版社', 'media'],
      ['通讯社', 'media'],
      ['新华社', 'media'],
      ['社', 'media'],
      ['卫视', 'media'],
      ['日报', 'media'],
      ['晚报', 'media'],
      ['传媒', 'media'],
      ['党', 'other'],
      ['队', 'other'],
      ['联赛', 'other'],
      ['组织', 'other'],
    ],
    { min: 2 },
  ),
  // Government departments: a place or a government field before them (`沈阳市科学技术局`, `科技局`, `教育部`).
  ...rows(
    'institution',
    'domain',
    [
      ['人民政府', 'government'],
      ['政府', 'government'],
      ['管委会', 'government'],
      ['管理委员会', 'government'],
      ['工作委员会', 'government'],
      ['总局', 'government'],
      ['常务委员会', 'government'],
      ['委员会', 'government'],
      ['常委会', 'government'],
      ['党工委', 'government'],
      ['工委', 'government'],
      ['卫健委', 'government'],
      ['委', 'government'],
      ['局', 'government'],
      ['厅', 'government'],
      ['部', 'government'],
      ['署', 'government'],
      ['办公室', 'government'],
      ['办', 'government'],
      ['海关', 'government'],
      ['人大', 'government'],
      ['政协', 'government'],
    ],
    { min: 1 },
  ),
  // Party committees of a place (`普陀区委`, `市委`).
  ...rows('institution', 'region', [
    ['省委', 'government'],
    ['市委', 'government'],
    ['区委', 'government'],
    ['县委', 'government'],
    ['州委', 'government'],
  ]),
];

/** Committees that are collaborations (advisory or expert bodies), not government commissions. */
export const ADVISORY_ZH = /咨询|专家|顾问|学术|伦理|质控|战略|指导/;

export const HEADS_EN: Head[] = [
  ...rows('collaboration', 'name', [
    ['Joint Laboratory', 'joint-lab'],
    ['Joint Lab', 'joint-lab'],
    ['Joint Research Center', 'joint-lab'],
    ['Joint Research Centre', 'joint-lab'],
    ['Alliance', 'alliance'],
    ['Consortium', 'alliance'],
    ['Agreements', 'agreement'],
    ['Agreement', 'agreement'],
    ['Memorandum of Understanding', 'agreement'],
    ['Incubator', 'incubator'],
    ['Accelerator', 'incubator'],
  ]),
  ...rows('institution', 'name', [
    ['Co., Ltd.', 'company'],
    ['Co.,Ltd.', 'company'],
    ['Co., Ltd', 'company'],
    ['Ltd.', 'company'],
    ['Inc.', 'company'],
    ['Corporation', 'company'],
    ['Company', 'company'],
    ['Group', 'company'],
    ['Bank', 'company'],
    ['Hospital', 'hospital'],
    ['University', 'university'],
    ['College', 'university'],
    ['School', 'university'],
    ['Association', 'association'],
    ['Associations', 'association'],
    ['Society', 'association'],
    ['Federation', 'association'],
    ['Chamber of Commerce', 'association'],
    ['Foundation', 'association'],
    ['Club', 'association'],
    ['Institute', 'research'],
    ['Academy', 'research'],
    ['Laboratory', 'research'],
    ['Center', 'other'],
    ['Centre', 'other'],
    ['Bureau', 'government'],
    ['Commission', 'government'],
    ['Committee', 'government'],
    ['Government', 'government'],
    ['Ministry', 'government'],
    ['Department', 'government'],
    ['Administration', 'government'],
    ['Agency', 'government'],
    ['Council', 'government'],
    ['Park', 'park'],
  ]),
];

/** English committees that are collaborations; `Special`/`Professional` committees are association branches. */
export const ADVISORY_EN =
  /\b(?:Expert|Advisory|Consultative|Academic|Steering|Ethics|Strategic)\b/;
export const BRANCH_EN = /\b(?:Special|Specialty|Professional|Specialized)\s+Committee\b/;
export const GOVERNMENT_COMMITTEE_EN =
  /\b(?:Management|Standing|Working|Party|Municipal)\s+Committee\b/;
