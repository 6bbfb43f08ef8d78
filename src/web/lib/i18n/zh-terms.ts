/** Chinese labels for the domain's enums (see en-terms.ts). */
import type {
  Basis,
  EntityKind,
  EntitySubtype,
  Language,
  RelationType,
  RemovalKind,
} from '../../../domain';

export const subtypes: Record<EntitySubtype, string> = {
  alliance: '联盟',
  agreement: '合作协议',
  'joint-lab': '联合实验室',
  committee: '委员会',
  incubator: '孵化器',
  programme: '计划/项目',
  other: '其他',
  hospital: '医院',
  university: '高校',
  company: '企业',
  government: '政府机构',
  association: '协会/学会',
  research: '研究机构',
  park: '产业园区',
  media: '媒体',
  investor: '投资机构',
  person: '人物',
};

export const relations: Record<RelationType, string> = {
  member: '是成员：',
  founder: '发起成立',
  organiser: '主办',
  'co-organiser': '协办',
  guide: '指导',
  signatory: '签署',
  operator: '运营',
  witness: '见证',
  launched: '启动',
  'located-in': '位于',
  'mentioned-with': '同文提及',
};

export const removalKinds: Record<RemovalKind, string> = {
  spam: '垃圾信息',
  navigation: '导航',
  boilerplate: '模板文字',
  copyright: '版权声明',
  widget: '页面组件',
  contact: '联系方式',
  credit: '署名行',
  markup: '残留标记',
  'converter-artifact': '转换残留',
  duplicate: '重复内容',
  metadata: '元数据',
  empty: '空段落',
};

export const languages: Record<Language, string> = {
  'zh-Hans': '简体中文',
  'zh-Hant': '繁体中文',
  en: '英文',
};
export const basis: Record<Basis, string> = {
  stated: '原文所载',
  inferred: '推断',
  curated: '人工核定',
};
export const kinds: Record<EntityKind, string> = {
  collaboration: '合作组织',
  institution: '机构',
  person: '人物',
};
