import matter from 'gray-matter';
import type { Context } from '../context';
import type { Doc } from '../doc';

const refuse = () => {
  throw new Error('only YAML front matter is read');
};
/**
 * gray-matter would `eval` a `---js` block; every non-YAML engine is replaced by one that refuses.
 * Passing options also bypasses gray-matter's module-level cache (shared mutable results).
 */
const OPTIONS = {
  language: 'yaml',
  engines: { js: refuse, javascript: refuse, coffee: refuse, cson: refuse, json: refuse },
};

/**
 * Splits YAML front matter from the body (recorded as a `metadata` removal: it is read, not
 * shown). Unquoted YAML timestamps arrive as JS Date objects (extract-metadata handles both). A malformed or non-YAML block is dropped with a warning and
 * recorded as a metadata removal; the body is still read.
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
    data = matter(`---\n${fence[2]}\n---\n`, OPTIONS).data;
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
