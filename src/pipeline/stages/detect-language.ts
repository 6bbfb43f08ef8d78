import type { Language } from '../../domain';
import type { Context } from '../context';
import type { Doc } from '../doc';
import { scriptCounts, toSimplifiedRaw, toTraditionalRaw } from '../lib/chinese';

function changed(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n + Math.abs(a.length - b.length);
}

/**
 * en when Latin letters outnumber Han characters two to one. Otherwise compare how many
 * characters OpenCC changes each way: Traditional text changes under t→cn, Simplified under
 * cn→t. Shared characters change neither way, so only the distinctive ones vote.
 */
export function languageOf(text: string): Language {
  const { han, latin } = scriptCounts(text);
  if (latin > 2 * han) return 'en';
  const toHans = changed(text, toSimplifiedRaw(text));
  const toHant = changed(text, toTraditionalRaw(text));
  return toHans > toHant ? 'zh-Hant' : 'zh-Hans';
}

export function detectLanguage(doc: Doc, _ctx: Context): Doc {
  const text = [
    doc.title ?? '',
    ...doc.blocks.filter((b) => b.type !== 'image').map((b) => b.text),
  ].join('\n');
  return { ...doc, language: languageOf(text) };
}
