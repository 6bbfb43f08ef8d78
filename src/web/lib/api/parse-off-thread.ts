import { DataSchemaError } from './data-errors';
import type { DocumentKind, ParseReply, ParseRequest } from './parse-dataset';

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, (reply: ParseReply) => void>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker !== 'function') return (worker = null);
  try {
    worker = new Worker(new URL('./data-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Starts the data worker if it is not running yet. Called before a fetch, so the worker's script
 * loads and compiles its schemas while the file downloads, not after (the first paint waits on
 * both).
 */
export function warmDataWorker(): void {
  startWorker();
}

/**
 * Parses and validates a dataset file in the data worker. Failures come back as DataSchemaError.
 * There is deliberately no same-thread fallback: it would pull zod and the schemas back into the
 * page's bundle (tests stand in a worker that runs the same parser; see tests/web/fake-worker.ts).
 */
export function parseOffThread(
  kind: DocumentKind,
  url: string,
  text: string,
  select?: string,
): Promise<unknown> {
  const target = startWorker();
  if (!target) return Promise.reject(new Error('This browser cannot start the data worker.'));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, (reply) => {
      if (reply.ok) resolve(reply.data);
      else
        reject(
          new DataSchemaError(
            reply.url,
            reply.issues ?? [{ path: '(root)', message: reply.message }],
          ),
        );
    });
    target.postMessage({
      id,
      kind,
      url,
      text,
      ...(select === undefined ? {} : { select }),
    } satisfies ParseRequest);
  });
}
