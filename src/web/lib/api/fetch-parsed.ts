import { HttpError } from './data-errors';
import type { DocumentKind } from './parse-dataset';
import { parseOffThread, warmDataWorker } from './parse-off-thread';

/** The URL of a file under the dataset root, honouring Vite's `base`. */
export function dataUrl(relativePath: string): string {
  return `${import.meta.env.BASE_URL}data/${relativePath}`;
}

/**
 * Fetches a dataset file and parses it with its domain schema (off the main thread). Every
 * failure becomes an HttpError or a DataSchemaError that the error screen can explain. `select`
 * (with `bodies`): only that article's record comes back.
 */
export async function fetchParsed<T>(
  kind: DocumentKind,
  url: string,
  signal?: AbortSignal,
  select?: string,
): Promise<T> {
  warmDataWorker();
  const response = await fetch(url, { signal });
  if (!response.ok) throw new HttpError(response.status, url);
  const text = await response.text();
  return (await parseOffThread(kind, url, text, select)) as T;
}
