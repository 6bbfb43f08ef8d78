import MiniSearch from 'minisearch';
import { SEARCH_FILES } from './files';
import {
  SEARCH_OPTIONS,
  STORED_FIELDS,
  type SearchDocument,
  type StoredFields,
} from './search-options';
import {
  decodeIndex,
  decodeTerm,
  decodeTermMap,
  joinBase,
  type EncodedBase,
  type EncodedBaseHeader,
  type EncodedBaseRows,
  type EncodedTerm,
  type FieldMap,
} from './shard-codec';
import { shardsForTokens, type SearchManifest } from './shards';
import { MAX_QUERY } from './query';
import { queryGroups } from './tokenize';

/** Reads a file under the dataset root as text (fetch in the browser, readFile in Node). */
export type FileLoader = (path: string) => Promise<string>;

/**
 * The index as the app holds it: the base (documents and stored fields) at once, term shards
 * as queries need them. MiniSearch is built once with `loadJS` (base + the shards loaded then);
 * terms of later shards are added to its term map, so a new shard costs only its own terms.
 */
export class ShardedSearchIndex {
  private readonly shards: (EncodedTerm[] | undefined)[];
  private readonly inFlight = new Map<number, Promise<void>>();
  private mini: MiniSearch<SearchDocument> | null = null;
  /** Shards whose terms are in `mini`. */
  private added = new Set<number>();
  private terms: TermMap | null = null;

  private constructor(
    readonly manifest: SearchManifest,
    private readonly base: EncodedBase,
    private readonly load: FileLoader,
  ) {
    this.shards = Array.from({ length: manifest.shardCount });
  }

  static async open(load: FileLoader): Promise<ShardedSearchIndex> {
    const manifest = JSON.parse(await load(SEARCH_FILES.manifest)) as SearchManifest;
    const parts = Array.from({ length: manifest.baseParts }, (_, n) =>
      load(SEARCH_FILES.basePart(n)).then((t) => JSON.parse(t) as EncodedBaseRows),
    );
    const [header, ...rows] = await Promise.all([
      load(SEARCH_FILES.base).then((t) => JSON.parse(t) as EncodedBaseHeader),
      ...parts,
    ]);
    return new ShardedSearchIndex(manifest, joinBase(header as EncodedBaseHeader, rows), load);
  }

  /** How many term shards are in memory (for tests and the bench). */
  get loadedShards(): number {
    return this.shards.filter(Boolean).length;
  }

  private loadShard(n: number): Promise<void> {
    if (this.shards[n]) return Promise.resolve();
    let pending = this.inFlight.get(n);
    if (!pending) {
      pending = this.load(SEARCH_FILES.shard(n)).then((text) => {
        this.shards[n] = JSON.parse(text) as EncodedTerm[];
        this.inFlight.delete(n);
      });
      this.inFlight.set(n, pending);
    }
    return pending;
  }

  /** Every document's stored fields, from the base alone (no term shard needed). */
  *storedDocuments(): Generator<{ id: string } & StoredFields> {
    for (const [i, id] of this.base.ids.entries()) {
      const values = this.base.stored[i] ?? [];
      const fields = Object.fromEntries(STORED_FIELDS.map((f, k) => [f, values[k]]));
      yield { id, ...(fields as unknown as StoredFields) };
    }
  }

  /** MiniSearch with every shard the query's tokens need. */
  async forQuery(query: string): Promise<MiniSearch<SearchDocument>> {
    const terms = queryGroups(query.slice(0, MAX_QUERY)).flatMap((g) => [...g.all, ...g.boost]);
    const needed = shardsForTokens(terms, this.manifest.shardCount);
    await Promise.all(needed.map((n) => this.loadShard(n)));
    return this.current();
  }

  /** MiniSearch over the shards loaded so far. */
  current(): MiniSearch<SearchDocument> {
    if (!this.mini) {
      this.mini = MiniSearch.loadJS<SearchDocument>(decodeIndex(this.base, []), SEARCH_OPTIONS);
      this.terms = termIndexOf(this.mini);
    }
    for (const [n, rows] of this.shards.entries()) {
      if (!rows || this.added.has(n)) continue;
      if (this.terms) {
        // A new shard's terms go straight into MiniSearch's term map, as its loadJS puts them.
        for (const row of rows) {
          const [term, fields] = decodeTermMap(row);
          this.terms.set(term, fields);
        }
        this.added.add(n);
      } else {
        const loaded = this.shards.flatMap((s, k) => (s ? [k] : []));
        const terms = loaded.flatMap((k) => this.shards[k]!.map(decodeTerm));
        this.mini = MiniSearch.loadJS<SearchDocument>(
          decodeIndex(this.base, terms),
          SEARCH_OPTIONS,
        );
        this.added = new Set(loaded);
        break;
      }
    }
    return this.mini;
  }
}

type TermMap = { set(term: string, value: FieldMap): unknown };

/**
 * MiniSearch's term map (`_index`, a SearchableMap). Not public API: if a future version renames
 * it, this returns null and the index is rebuilt with `loadJS` for each new shard instead
 * (slower, same results).
 */
function termIndexOf(mini: MiniSearch<SearchDocument>): TermMap | null {
  const index = (mini as unknown as { _index?: Partial<TermMap> })._index;
  return typeof index?.set === 'function' ? (index as TermMap) : null;
}
