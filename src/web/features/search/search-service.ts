import {
  makeSnippet,
  NO_FILTERS,
  runQuery,
  searchResults,
  ShardedSearchIndex,
  topEntities,
  type FileLoader,
} from '../../../domain/search';
import type { SearchReply, SearchRequest } from './search-protocol';

/**
 * The search engine behind the worker: opens the index on the first request (manifest and base;
 * term shards as queries need them) and answers search, suggest and snippet requests. Errors
 * become replies, since they cross a thread boundary; a failed open is retried next time.
 */
export function createSearchService(load: FileLoader) {
  let opened: Promise<ShardedSearchIndex> | null = null;
  const open = () =>
    (opened ??= ShardedSearchIndex.open(load).catch((error: unknown) => {
      opened = null;
      throw error;
    }));

  return async function handle(request: SearchRequest): Promise<SearchReply> {
    const { id } = request;
    try {
      if (request.type === 'snippet')
        return { id, ok: true, data: makeSnippet(request.blocks, request.q) };
      const started = performance.now();
      const index = await open();
      if (request.type === 'top')
        return {
          id,
          ok: true,
          data: topEntities(index.storedDocuments(), request.subtype, request.limit),
        };
      const mini = await index.forQuery(request.q);
      if (request.type === 'suggest') {
        // Type-ahead suggests entities by name: the article bodies need not be scored at all.
        const hits = runQuery(mini, request.q, { fields: ['title', 'names'] });
        const limits = { entities: request.limit, articles: 0 };
        return { id, ok: true, data: searchResults(hits, NO_FILTERS, limits).entities };
      }
      const hits = runQuery(mini, request.q);
      const results = searchResults(hits, request.filters, request.limits);
      return { id, ok: true, data: { ...results, ms: performance.now() - started } };
    } catch (error) {
      return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
