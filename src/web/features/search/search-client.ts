import type { SearchAnswer, SearchReply, SearchRequest } from './search-protocol';

type Pending = { resolve: (data: unknown) => void; reject: (error: Error) => void };
type Payload<K extends SearchRequest['type']> = Omit<Extract<SearchRequest, { type: K }>, 'id'>;

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function startWorker(): Worker {
  if (worker) return worker;
  if (typeof Worker !== 'function') throw new Error('This browser cannot start the search worker.');
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (!waiter) return;
    if (reply.ok) waiter.resolve(reply.data);
    else waiter.reject(new Error(reply.message));
  };
  return worker;
}

/**
 * Sends one request to the search worker, starting it on first use (never on `/` or an article's
 * first paint: only a search, a suggestion or a snippet starts it).
 */
export function askSearch<K extends SearchRequest['type']>(
  payload: Payload<K> & { type: K },
): Promise<SearchAnswer[K]> {
  let target: Worker;
  try {
    target = startWorker();
  } catch (error) {
    return Promise.reject(error as Error);
  }
  const id = nextId++;
  return new Promise<SearchAnswer[K]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (data: unknown) => void, reject });
    target.postMessage({ ...payload, id } as unknown as SearchRequest);
  });
}

/**
 * Starts the worker and opens the index (manifest and base) ahead of the first query, when a
 * search box gets focus: the first keystroke then waits only for its term shards.
 */
export function warmSearch(): void {
  askSearch({ type: 'suggest', q: '', limit: 0 }).catch(() => {
    // The first real request reports it.
  });
}
