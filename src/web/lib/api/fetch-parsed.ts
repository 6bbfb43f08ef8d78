import type { z } from 'zod';
import { DataSchemaError, HttpError, summariseIssues } from './data-errors';

/** The URL of a file under the dataset root, honouring Vite's `base`. */
export function dataUrl(relativePath: string): string {
  return `${import.meta.env.BASE_URL}data/${relativePath}`;
}

/**
 * Fetches JSON and parses it with a domain schema: the one place untrusted data becomes typed.
 * Every failure becomes an HttpError or DataSchemaError that the error screen can explain.
 */
export async function fetchParsed<S extends z.ZodType>(
  url: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new HttpError(response.status, url);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataSchemaError(url, [{ path: '(root)', message: 'not valid JSON' }]);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new DataSchemaError(url, summariseIssues(result.error.issues));
  return result.data;
}
