import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Boundaries (../shared/STYLE.md): domain imports nothing of ours; pipeline and web import domain
 * and never each other; inside web, components/ and lib/ never import features/ or app/, and
 * features never import each other. Node built-ins stay out of domain and web.
 */
const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const m of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm,
  )) {
    found.add((m[1] ?? m[2] ?? m[3])!);
  }
  return [...found];
}

/** The `src/`-relative path an import points to, or null for packages. */
function target(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return relative(SRC, resolve(dirname(file), spec));
}

const area = (rel: string) => rel.split(/[\\/]/)[0];

function violations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const rel = relative(SRC, file);
    const from = area(rel);
    for (const spec of importsOf(file)) {
      const to = target(file, spec);
      const where = `${rel} imports ${spec}`;
      if (to === null) {
        if (
          (from === 'domain' || from === 'web') &&
          /^(node:|fs$|path$|os$|child_process$)/.test(spec)
        ) {
          out.push(`${where}: Node built-ins are not allowed in ${from}`);
        }
        continue;
      }
      if (to.startsWith('..')) out.push(`${where}: leaves src/`);
      const toArea = area(to);
      if (from === 'domain' && toArea !== 'domain')
        out.push(`${where}: domain imports nothing of ours`);
      if (from === 'pipeline' && toArea === 'web') out.push(`${where}: pipeline never imports web`);
      if (from === 'web' && toArea === 'pipeline') out.push(`${where}: web never imports pipeline`);
      if (from === 'web') {
        const [, fromPart, fromFeature] = rel.split(/[\\/]/);
        const [, toPart, toFeature] = to.split(/[\\/]/);
        if (
          (fromPart === 'components' || fromPart === 'lib') &&
          (toPart === 'features' || toPart === 'app')
        ) {
          out.push(`${where}: web/${fromPart} never imports web/${toPart}`);
        }
        if (fromPart === 'features' && toPart === 'features' && fromFeature !== toFeature) {
          out.push(`${where}: features never import each other`);
        }
        // main.tsx (the entry, at the web root) mounts app/; nothing else reaches into it.
        const isEntry = fromFeature === undefined && !rel.includes('/', 4);
        if (fromPart !== 'app' && toPart === 'app' && !isEntry)
          out.push(`${where}: only app/ imports app/`);
      }
    }
  }
  return out;
}

describe('architecture', () => {
  it('has the three modules', () => {
    for (const dir of ['domain', 'pipeline', 'web'])
      expect(statSync(join(SRC, dir)).isDirectory()).toBe(true);
  });

  it('respects the import boundaries', () => {
    expect(violations()).toEqual([]);
  });

  it('never renders raw HTML', () => {
    const sinks = sourceFiles(join(SRC, 'web')).filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')),
    );
    expect(sinks.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
