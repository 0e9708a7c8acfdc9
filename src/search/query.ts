// Runs a query: parse (parse.ts), expand (expand.ts), rank (rank.ts), then results whose snippets
// are made when first read. The other modules' public parts are re-exported, so callers import
// the search from here.
import { scanText } from './text.ts';
import { snippet, type Segment } from './snippet.ts';
import type { DocType, StoredDocument } from './types.ts';
import { parseQuery } from './parse.ts';
import { expandQuery } from './expand.ts';
import type { LoadedSearch } from './loaded.ts';
import { rank, type Hit } from './rank.ts';
import { suggestion } from './suggest.ts';

export { parseQuery, type QueryTerm } from './parse.ts';
export { expandQuery, type Clause } from './expand.ts';
export { addShard, loadSearch, missingShards, type LoadedSearch } from './loaded.ts';
export { rank, type Hit } from './rank.ts';

/** One result, ready to render as text (no HTML: the UI builds elements from the segments). */
export interface SearchResult {
  /** The document's number in the index (for loading its text shard; never shown). */
  ref: number;
  type: DocType;
  title: string;
  section: string;
  url: string;
  /** How many of the query's terms the document contains. */
  matchedTerms: number;
  totalTerms: number;
  score: number;
  /** Extract of the text around the matches; marked segments are the matched words (made on first read). */
  readonly snippet: Segment[];
}

export interface SearchOptions {
  /** Most results returned (snippets are built only for these). */
  limit?: number;
  /** Snippet length in characters. */
  snippetLength?: number;
}

/** What every result of one query shares for making its snippet. */
interface Made {
  loaded: LoadedSearch;
  matched: Set<string>;
  snippetLength: number;
}

/** A result whose snippet is made when first read. */
class Result implements SearchResult {
  ref: number;
  type: DocType;
  title: string;
  section: string;
  url: string;
  matchedTerms: number;
  totalTerms: number;
  score: number;
  #made: Made;
  #snippet: Segment[] | undefined;

  constructor(hit: Hit, doc: StoredDocument, totalTerms: number, made: Made) {
    this.ref = hit.ref;
    this.type = doc[0];
    this.title = doc[1];
    this.section = doc[2];
    this.url = doc[3];
    this.matchedTerms = hit.count;
    this.totalTerms = totalTerms;
    this.score = hit.score;
    this.#made = made;
  }

  // A page of 100 results shows a few per group, and only those need the stored text scanned.
  // Empty until the document's text shard is loaded.
  get snippet(): Segment[] {
    if (this.#snippet) return this.#snippet;
    const { loaded, matched, snippetLength } = this.#made;
    const stored = loaded.texts[this.ref];
    if (stored === undefined) return [];
    const scan = (loaded.scans[this.ref] ??= scanText(stored, loaded.lang));
    this.#snippet = snippet(stored, matched, loaded.lang, snippetLength, scan);
    return this.#snippet;
  }
}

/** Results of a query, and a corrected query when some word was taken for a typo. */
export interface SearchAnswer {
  results: SearchResult[];
  /** "Did you mean …": the query as the course spells it; absent when nothing was corrected. */
  suggestion?: string;
}

/**
 * Runs a query. Every term is searched exactly, as a prefix and, when those find nothing, with
 * typo tolerance; results containing all terms come before those containing some, then by
 * lunr's score (which carries the field weights).
 */
export function searchAll(
  loaded: LoadedSearch,
  query: string,
  { limit = 20, snippetLength = 160 }: SearchOptions = {},
): SearchAnswer {
  const text = query.slice(0, 200);
  const terms = parseQuery(text, loaded.lang);
  if (terms.length === 0) return { results: [] };
  const clauses = expandQuery(loaded.index, terms);
  const matched = new Set<string>();
  for (const c of clauses) for (const t of c.expands) matched.add(loaded.index.terms[t] ?? '');
  if (matched.size === 0) return { results: [] };
  const hits = rank(loaded.index, clauses, terms.length);
  const made: Made = { loaded, matched, snippetLength };
  const results: SearchResult[] = [];
  // Plain loops and a class rather than destructuring and per-result closures: this runs a few
  // times per keystroke, mostly before the browser has compiled it, where those cost the most.
  for (let i = 0; i < hits.length && results.length < limit; i++) {
    const hit = hits[i] as Hit;
    const doc = loaded.docs[hit.ref];
    if (doc) results.push(new Result(hit, doc, terms.length, made));
  }
  const corrected = clauses.some((c) => c.kind === 'fuzzy' && c.expands.length > 0)
    ? suggestion(loaded, text, terms, clauses, hits)
    : undefined;
  return corrected === undefined ? { results } : { results, suggestion: corrected };
}

/** Runs a query and returns its results only (see `searchAll`). */
export function search(
  loaded: LoadedSearch,
  query: string,
  options: SearchOptions = {},
): SearchResult[] {
  return searchAll(loaded, query, options).results;
}
