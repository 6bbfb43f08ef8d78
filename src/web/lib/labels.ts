import type { Basis, EntityKind, Language, RelationType } from '../../domain';

/** Display strings for domain enums, kept in one place so every view words them alike. */
export const LANGUAGE_LABELS: Record<Language, string> = {
  'zh-Hans': 'Simplified Chinese',
  'zh-Hant': 'Traditional Chinese',
  en: 'English',
};

export const BASIS_LABELS: Record<Basis, string> = {
  stated: 'stated',
  inferred: 'inferred',
  curated: 'curated',
};

export const KIND_LABELS: Record<EntityKind, string> = {
  collaboration: 'Collaboration',
  institution: 'Institution',
  person: 'Person',
};

/** Reads as "source <label> target". */
export const RELATION_LABELS: Record<RelationType, string> = {
  member: 'is a member of',
  founder: 'founded',
  organiser: 'organised',
  'co-organiser': 'co-organised',
  guide: 'guides',
  signatory: 'signed',
  operator: 'operates',
  witness: 'witnessed',
  launched: 'launched',
  'located-in': 'is located in',
  'mentioned-with': 'is mentioned with',
};

/** The CJK-first font stack; src/web/styles.css repeats it for CSS (Cytoscape needs it in JS). */
export const CJK_FONT_STACK =
  '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","Noto Sans CJK TC",system-ui,sans-serif';
