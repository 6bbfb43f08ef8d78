import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Import boundaries are guarded for all of src/ in tests/architecture.test.ts; this file checks
// the web-only rule that one file owns the Cytoscape instance (Gephi Lite's pattern).
const ROOT = resolve(import.meta.dirname, '..', '..');
const WEB = join(ROOT, 'src', 'web');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('src/web ownership', () => {
  it('loads cytoscape at runtime from one file only (the canvas that owns the instance)', () => {
    const valueImport = /^import (?!type )[^;]*from ['"]cytoscape(-fcose)?['"]/m;
    const users = sourceFiles(WEB)
      .filter((file) => valueImport.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(users).toEqual(['src/web/features/network/components/network-canvas.tsx']);
  });
});
