import type { RelationType } from '../../domain';

/**
 * General rules of the first, simple extractor: name endings, stop words, relation triggers.
 * All Chinese here is Simplified; extractors match on the Simplified text.
 */
export type CollabSubtype =
  'alliance' | 'agreement' | 'joint-lab' | 'committee' | 'incubator' | 'other';
export type InstSubtype =
  | 'hospital'
  | 'university'
  | 'company'
  | 'government'
  | 'association'
  | 'research'
  | 'park'
  | 'media'
  | 'other';

export const COLLAB_SUFFIXES_ZH: Array<[string, CollabSubtype]> = [
  ['联合实验室', 'joint-lab'],
  ['医联体', 'alliance'],
  ['医共体', 'alliance'],
  ['联盟', 'alliance'],
  ['联合体', 'alliance'],
  ['战略合作协议', 'agreement'],
  ['合作协议', 'agreement'],
  ['协议', 'agreement'],
  ['备忘录', 'agreement'],
  ['实验室', 'other'],
  ['孵化器', 'incubator'],
  ['委员会', 'committee'],
];

export const INST_SUFFIXES_ZH: Array<[string, InstSubtype]> = [
  ['股份有限公司', 'company'],
  ['有限公司', 'company'],
  ['股份公司', 'company'],
  ['公司', 'company'],
  ['集团', 'company'],
  ['医院', 'hospital'],
  ['卫生院', 'hospital'],
  ['保健院', 'hospital'],
  ['大学', 'university'],
  ['学院', 'university'],
  ['人民政府', 'government'],
  ['政府', 'government'],
  ['管委会', 'government'],
  ['管理委员会', 'government'],
  ['卫健委', 'government'],
  ['卫生健康委', 'government'],
  ['商务委', 'government'],
  ['办公厅', 'government'],
  ['局', 'government'],
  ['医学会', 'association'],
  ['协会', 'association'],
  ['学会', 'association'],
  ['商会', 'association'],
  ['联合会', 'association'],
  ['研究院', 'research'],
  ['研究所', 'research'],
  ['科学院', 'research'],
  ['工程院', 'research'],
  ['中心', 'research'],
  ['产业园', 'park'],
  ['科技园', 'park'],
  ['科技城', 'park'],
  ['电台', 'media'],
  ['电视台', 'media'],
  ['报社', 'media'],
];

/** Endings that name an institution only when a region opens the name (`沈阳市科学技术局`, `上海市…委员会`). */
export const NEEDS_REGION_PREFIX = new Set(['局', '委员会']);
/** Committees that are collaborations (advisory/expert bodies), not government commissions. */
export const ADVISORY = /咨询|专家|顾问|学术|伦理|专业|专门|质控/;

/** Conjunctions: a name runs through one only when it then starts with a region (`沈阳市母婴医疗及护理…联盟`). */
export const CONJUNCTIONS = ['及', '和', '与'];
/** Words in which those characters are no conjunction (`协和医院`, `仁和`, `普及`); crossed like any name character. */
export const CONJUNCTION_WORDS = [
  '协和',
  '和平',
  '中和',
  '共和',
  '和谐',
  '太和',
  '人和',
  '仁和',
  '颐和',
  '祥和',
  '平和',
  '和睦',
  '和美',
  '和信',
  '和记',
  '和黄',
  '参与',
  '普及',
  '涉及',
  '埃及',
  '及时',
];
/** Endings that, standing alone (`加入联盟`), refer back to the article's one entity of that subtype. */
export const BARE_REFERENCES = new Set(['联盟']);
/** Words a name never starts with or runs through: verbs, particles, prepositions. */
export const STOP_WORDS = [
  '的',
  '在',
  '了',
  '着',
  '过',
  '将',
  '为',
  '由',
  '是',
  '对',
  '向',
  '把',
  '被',
  '从',
  '于',
  '等',
  '并',
  '暨',
  '也',
  '都',
  '就',
  '还',
  '或',
  '让',
  '给',
  '已有',
  '赋能',
  '启幕',
  '构建',
  '推动',
  '深化',
  '壮大',
  '搭建',
  '形成',
  '完善',
  '加强',
  '促进',
  '引领',
  '带动',
  '融入',
  '整合',
  '面向',
  '依靠',
  '标志',
  '加入',
  '签署',
  '签订',
  '签约',
  '成立',
  '组建',
  '举办',
  '举行',
  '启动',
  '发布',
  '打造',
  '建立',
  '建设',
  '共建',
  '推进',
  '参加',
  '出席',
  '代表',
  '作为',
  '通过',
  '来自',
  '依托',
  '牵头',
  '发起',
  '揭牌',
  '主办',
  '承办',
  '协办',
  '指导',
  '支持',
  '携手',
  '率领',
  '宣布',
  '正式',
  '纳新',
  '授牌',
  '成为',
  '助力',
  '围绕',
  '聚焦',
  '包括',
  '其中',
  '今天',
  '目前',
  '近日',
  '当前',
  '落户',
  '联合签署',
  '介绍',
];
/** Characters that, right after an ending, make it another word (`局长`, `大学生`, `学会了`). */
export const NOT_AN_ENDING: Record<string, RegExp> = {
  局: /^长/,
  大学: /^生/,
  学院: /^[长派]/,
  学会: /^[了到]/,
  中心: /^[城区思]/,
  集团: /^[化军]/,
};
/** Alliance names whose qualifier is only generic words (`产业联盟`, `医疗联盟`) name no particular alliance. */
export const GENERIC_QUALIFIER =
  /^(?:产业|医疗|医学|技术|创新|专科|战略|合作|健康|科技|行业|区域|城市|学术|协同|发展|服务|国际|全国|产学研|政产学研|医工|校企|大|新)+$/;
/** Names that are descriptions, not names (`普陀区相关委办局`) or relative (`市第一人民医院`: which city?). */
export const NOT_A_NAME = /相关|有关|各类|各级|^[市省区县]/;
/** Descriptors trimmed from the front of a name: they qualify it, they are not part of it. */
export const GENERIC_LEADS = [
  '知名',
  '多家',
  '相关',
  '各级',
  '该',
  '全省',
  '全市',
  '首个',
  '首家',
  '一个',
  '一家',
  '这个',
  '这一',
  '此次',
  '本次',
  '高水平',
  '三甲',
  '高校',
];
/** Names made only of these words are generic (`全面合作战略协议`): scoped to their article. */
export const GENERIC_AGREEMENT =
  /^(?:全面|战略|合作|框架|深度|长期|友好|共建|协议|备忘录|strategic|cooperation|framework|comprehensive|partnership|agreements?|\s)+$/i;

export const COLLAB_SUFFIXES_EN: Array<[string, CollabSubtype]> = [
  ['Joint Laboratory', 'joint-lab'],
  ['Joint Lab', 'joint-lab'],
  ['Alliance', 'alliance'],
  ['Consortium', 'alliance'],
  ['Agreements', 'agreement'],
  ['Agreement', 'agreement'],
  ['Incubator', 'incubator'],
  ['Committee', 'committee'],
  ['Laboratory', 'other'],
];
export const INST_SUFFIXES_EN: Array<[string, InstSubtype]> = [
  ['Co., Ltd.', 'company'],
  ['Co.,Ltd.', 'company'],
  ['Company', 'company'],
  ['Group', 'company'],
  ['Hospital', 'hospital'],
  ['University', 'university'],
  ['College', 'university'],
  ['Association', 'association'],
  ['Society', 'association'],
  ['Institute', 'research'],
  ['Academy', 'research'],
  ['Center', 'research'],
  ['Centre', 'research'],
  ['Bureau', 'government'],
  ['Commission', 'government'],
  ['Government', 'government'],
  ['Park', 'park'],
];
export const ADVISORY_EN =
  /\b(?:Expert|Advisory|Special|Consultative|Academic|Professional|Steering|Ethics)\b/;
/** Lower-case adjectives an English agreement name may carry (`strategic cooperation agreement`). */
export const AGREEMENT_WORDS_EN = new Set([
  'strategic',
  'cooperation',
  'framework',
  'comprehensive',
  'partnership',
  'cooperative',
  'collaboration',
]);

/** Trigger words in the clause that links an institution to a collaboration. First match wins. */
export const TRIGGERS: Array<[RelationType, RegExp]> = [
  ['signatory', /签署|签订|签约|\bsign(?:ed|ing)?\b/i],
  ['member', /加入|成员单位|会员单位|\bjoined\b|\bmembers?\b/i],
  ['founder', /发起|牵头|创办|创建|\bfounded by\b|\binitiated by\b/i],
  [
    'co-organiser',
    /承办|协办|联合主办|\bco-organi[sz]ed\b|\bco-sponsored\b|\bundert(?:ook|aken)\b/i,
  ],
  ['organiser', /主办|\borgani[sz]ed by\b|\bhosted by\b|\bsponsored by\b/i],
  ['guide', /指导|\bguided by\b|\bguidance\b/i],
  ['operator', /运营|\boperat(?:ed|es|ing|ion)\b/i],
  ['witness', /见证|\bwitness(?:ed)?\b/i],
];
