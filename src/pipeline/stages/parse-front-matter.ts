import { parse } from 'yaml';
import type { Context } from '../context';
import type { Doc } from '../doc';

/**
 * YAML 1.2 core schema: no timestamps, so `date: 2021-04-01 10:41:00` stays the string the page
 * wrote (a YAML 1.1 parser would read it as UTC and invent a zone). Aliases are capped, so an
 * alias bomb is an error, not a hang. No other front-matter language is ever evaluated.
 */
const OPTIONS = { schema: 'core', maxAliasCount: 50, prettyErrors: false } as const;

/**
 * Splits YAML front matter from the body (recorded as a `metadata` removal: it is read, not
 * shown). A malformed or non-YAML block (`---js`) is dropped with a warning and recorded as a
 * metadata removal; the body is still read.
 */
export function parseFrontMatter(doc: Doc, ctx: Context): Doc {
  if (doc.format !== 'front-matter-html' && doc.format !== 'front-matter-text') return doc;
  const fence = /^---([^\n]*)\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(doc.body);
  if (!fence) return doc;
  const rest = doc.body.slice(fence[0].length);
  const drop = (why: string): Doc => {
    ctx.warn('front-matter-invalid', why);
    return {
      ...doc,
      body: rest,
      removed: [
        ...doc.removed,
        { kind: 'metadata', rule: 'front-matter-invalid', text: fence[0].trim() },
      ],
    };
  };
  if (fence[1]!.trim() && !/^ya?ml$/i.test(fence[1]!.trim()))
    return drop(`front matter language "${fence[1]!.trim()}" is not YAML`);
  let data: unknown;
  try {
    data = fence[2]!.trim() ? parse(fence[2]!, OPTIONS) : {};
  } catch (e) {
    return drop(`front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return drop('front matter is not a mapping');
  const removal = { kind: 'metadata' as const, rule: 'front-matter', text: fence[2]!.trim() };
  return {
    ...doc,
    frontMatter: data as Record<string, unknown>,
    body: rest,
    removed: [...doc.removed, removal],
  };
}
