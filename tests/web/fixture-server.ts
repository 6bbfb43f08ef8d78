import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'dataset');

export function readFixture(relativePath: string): string {
  return readFileSync(join(FIXTURE_DIR, relativePath), 'utf8');
}

/** Replaces one dataset file's response, keyed by its path under the dataset root. */
export type FixtureOverrides = Record<string, () => Response>;

/**
 * Stubs `fetch` to serve tests/fixtures/dataset as if it were public/data. Unknown files are 404,
 * like a static host. Returns the mock so tests can assert which files were requested.
 */
export function serveFixtures(overrides: FixtureOverrides = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://localhost').pathname.replace(/^\/data\//, '');
    const override = overrides[path];
    if (override) return override();
    try {
      return new Response(readFixture(path), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function requestedPaths(fetchMock: ReturnType<typeof serveFixtures>): string[] {
  return fetchMock.mock.calls.map(([input]) => String(input));
}
