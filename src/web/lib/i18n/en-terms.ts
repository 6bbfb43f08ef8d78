/** English labels for the domain's enums, typed against src/domain so none can be missing. */
import type {
  Basis,
  EntityKind,
  EntitySubtype,
  Language,
  RelationType,
  RemovalKind,
} from '../../../domain';

export const subtypes: Record<EntitySubtype, string> = {
  alliance: 'Alliance',
  agreement: 'Agreement',
  'joint-lab': 'Joint lab',
  committee: 'Committee',
  incubator: 'Incubator',
  programme: 'Programme',
  other: 'Other',
  hospital: 'Hospital',
  university: 'University',
  company: 'Company',
  government: 'Government body',
  association: 'Association',
  research: 'Research institute',
  park: 'Industrial park',
  media: 'Media',
  investor: 'Investor',
  person: 'Person',
};

export const relations: Record<RelationType, string> = {
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

export const removalKinds: Record<RemovalKind, string> = {
  spam: 'Spam',
  navigation: 'Navigation',
  boilerplate: 'Boilerplate',
  copyright: 'Copyright notice',
  widget: 'Page widget',
  contact: 'Contact details',
  credit: 'Credit line',
  markup: 'Markup left over',
  'converter-artifact': 'Converter artefact',
  duplicate: 'Duplicate',
  metadata: 'Metadata',
  empty: 'Empty block',
};

export const languages: Record<Language, string> = {
  'zh-Hans': 'Simplified Chinese',
  'zh-Hant': 'Traditional Chinese',
  en: 'English',
};
export const basis: Record<Basis, string> = {
  stated: 'stated',
  inferred: 'inferred',
  curated: 'curated',
};
export const kinds: Record<EntityKind, string> = {
  collaboration: 'Collaboration',
  institution: 'Institution',
  person: 'Person',
};
