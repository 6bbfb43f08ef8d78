import type { ResultRow, SearchFilters, SearchResults, Snippet } from '../../../domain/search';

/** Messages to the search worker (type-only imports: nothing of the engine reaches the page). */
export type SearchRequest =
  | {
      id: number;
      type: 'search';
      q: string;
      filters: SearchFilters;
      limits: { entities: number; articles: number };
    }
  | { id: number; type: 'suggest'; q: string; limit: number }
  | { id: number; type: 'snippet'; q: string; blocks: string[] }
  | { id: number; type: 'top'; subtype: string; limit: number };

export type SearchAnswer = {
  search: SearchResults & { ms: number };
  suggest: ResultRow[];
  snippet: Snippet | null;
  top: ResultRow[];
};

export type SearchReply =
  | { id: number; ok: true; data: SearchAnswer[keyof SearchAnswer] }
  | { id: number; ok: false; message: string };

export type { ResultRow, SearchFilters, SearchResults, Snippet };
