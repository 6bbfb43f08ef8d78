import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { articleQueryOptions } from '../../lib/api/get-article';
import { askSearch } from './search-client';
import { useSettled } from './use-settled';
import type { SearchFilters } from './search-protocol';

/** Rows per group on the search page (the counts say how many more there are). */
export const RESULT_LIMITS = { entities: 12, articles: 20 };
/** Article rows that get a snippet (each needs its article file). */
export const SNIPPET_ROWS = 12;
/** How long typing must pause before snippets load. */
export const SNIPPET_DELAY_MS = 200;

const hasQuery = (q: string) => q.trim().length > 0;

/** Results for `/search` — kept on screen while the next query runs, so the page never jumps. */
export function useSearchResults(q: string, filters: SearchFilters) {
  return useQuery({
    queryKey: ['search', q, filters],
    queryFn: () => askSearch({ type: 'search', q, filters, limits: RESULT_LIMITS }),
    enabled: hasQuery(q),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** Type-ahead: entities only, best first. */
export function useSuggestions(q: string, limit = 8) {
  return useQuery({
    queryKey: ['search-suggest', q, limit],
    queryFn: () => askSearch({ type: 'suggest', q, limit }),
    enabled: hasQuery(q),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/**
 * The snippet of one article for a query: its body through the app's article query (cached like
 * any article), the window and marks from the worker (which folds scripts as the index does).
 */
export function useSnippet(articleId: string, q: string, enabled: boolean) {
  // Snippets wait until the typing pauses; meanwhile the last one stays (no flicker, no jump).
  const settled = useSettled(q, SNIPPET_DELAY_MS);
  const ready = enabled && settled === q;
  const body = useQuery({ ...articleQueryOptions(articleId), enabled: ready });
  const blocks = body.data?.blocks.filter((b) => b.type !== 'image').map((b) => b.text);
  return useQuery({
    queryKey: ['search-snippet', articleId, settled],
    queryFn: () => askSearch({ type: 'snippet', q: settled, blocks: blocks ?? [] }),
    enabled: ready && blocks !== undefined && hasQuery(settled),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** The most-named alliances, for the empty and no-result states (from the index's base). */
export function useTopAlliances(limit = 6) {
  return useQuery({
    queryKey: ['search-top', 'alliance', limit],
    queryFn: () => askSearch({ type: 'top', subtype: 'alliance', limit }),
    staleTime: Infinity,
  });
}
