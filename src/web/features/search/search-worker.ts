/// <reference lib="webworker" />
import { createSearchService } from './search-service';
import type { SearchRequest } from './search-protocol';

/**
 * The search worker: MiniSearch, the tokenizer and OpenCC live here, never in the page. Started
 * by search-client.ts on the first search, suggestion or snippet.
 */
const handle = createSearchService(async (path) => {
  const url = `${import.meta.env.BASE_URL}data/${path}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.text();
});

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  void handle(event.data).then((reply) => self.postMessage(reply));
};
