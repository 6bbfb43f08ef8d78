import type { z } from 'zod';
import type { Basis, EntityKind, Language, RelationType, RemovalKind } from '../../domain';
import type { CollaborationSubtypeSchema } from '../../domain/entity';

/**
 * The domain's enums as plain arrays. The schemas that define them are zod objects, and importing
 * them would put zod in the entry chunk; these records are typed against the schemas, so adding a
 * value in src/domain fails type-checking here until the app knows how to show it.
 */
export type CollaborationType = z.infer<typeof CollaborationSubtypeSchema>;

const keys = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

export const COLLABORATION_TYPES = keys<CollaborationType>({
  alliance: true,
  agreement: true,
  'joint-lab': true,
  committee: true,
  incubator: true,
  programme: true,
  other: true,
});

export const ENTITY_KINDS = keys<EntityKind>({
  collaboration: true,
  institution: true,
  person: true,
});

export const RELATION_TYPES = keys<RelationType>({
  member: true,
  founder: true,
  organiser: true,
  'co-organiser': true,
  guide: true,
  signatory: true,
  operator: true,
  witness: true,
  launched: true,
  'located-in': true,
  'mentioned-with': true,
});

export const REMOVAL_KINDS = keys<RemovalKind>({
  spam: true,
  navigation: true,
  boilerplate: true,
  copyright: true,
  widget: true,
  contact: true,
  credit: true,
  markup: true,
  'converter-artifact': true,
  duplicate: true,
  metadata: true,
  empty: true,
});

export const LANGUAGES = keys<Language>({ 'zh-Hans': true, 'zh-Hant': true, en: true });
export const BASES = keys<Basis>({ stated: true, inferred: true, curated: true });

export const isCollaborationType = (value: string): value is CollaborationType =>
  (COLLABORATION_TYPES as string[]).includes(value);
