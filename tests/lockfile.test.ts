import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm ci` refuses a lock that names optional platform packages it does not hold; the registry
// here lacks some of them, so scripts/lock-platform-stubs.mjs adds their entries after installs.
describe('package-lock.json', () => {
  it('holds an entry for every optional dependency it names, so `npm ci` accepts it', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing = Object.values(lock.packages).flatMap((entry) =>
      Object.keys(entry.optionalDependencies ?? {}).filter(
        (name) => !lock.packages[`node_modules/${name}`],
      ),
    );
    expect(missing, 'run `node scripts/lock-platform-stubs.mjs`').toEqual([]);
  });
});
