const HAN = /\p{Script=Han}/u;

/**
 * The `lang` of a name for the CJK font stack: entity names carry no language of their own, so a
 * name with Han characters is tagged Chinese (`zh`, either script), anything else English.
 */
export function scriptOf(text: string, language?: string): string {
  if (language) return language;
  return HAN.test(text) ? 'zh' : 'en';
}
