import type { SearchLanguage } from './language.ts';
import { scanText, type TextTerm } from './text.ts';
import { readIndex, termPostings, type InvertedIndex } from './codec.ts';
import { snippet, type Segment } from './snippet.ts';
import type { DocType, SearchIndexFile, StoredDocument, TextShard } from './types.ts';
import { allowedEdits, nearestTerms } from './fuzzy.ts';
import { suggestion } from './suggest.ts';

/** One thing the user asked for; a document satisfies it through any of its forms. */
export interface QueryTerm {
  /** Index form (stem or canonical token): matched exactly, with the highest boost. */
  term: string;
  /** Prefix for partial words ("preserv" → preservation), when the word is long enough. */
  prefix?: string;
  /** True when typos are tolerated (one edit from 5 letters, two from 9). */
  fuzzy: boolean;
  /** The word as typed (lower case) and where it stands in the query, for words (not tokens). */
  word?: string;
  start?: number;
  end?: number;
}

/** Boosts per form: exact beats partial beats typo-tolerant. */
const boosts = { exact: 10, prefix: 2, fuzzy: 1 } as const;
/** Partial-word matching starts at this many letters ("pre" would match half the index). */
const minPrefix = 3;

/** Splits what the user typed into query terms, with the same rules as indexing. */
export function parseQuery(query: string, lang: SearchLanguage): QueryTerm[] {
  const found = scanText(query.slice(0, 200), lang);
  const spans = found.filter((t) => t.canonical);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const t of found) {
    // Words inside an article reference or a known phrase are replaced by its single token.
    if (!t.canonical && spans.some((s) => s.start <= t.start && t.end <= s.end)) continue;
    if (seen.has(t.term)) continue;
    seen.add(t.term);
    if (t.canonical) {
      terms.push({ term: t.term, fuzzy: false });
      continue;
    }
    const word = query.slice(t.start, t.end).toLowerCase();
    const term: QueryTerm = {
      term: t.term,
      fuzzy: allowedEdits(word) > 0,
      word,
      start: t.start,
      end: t.end,
    };
    const prefix = word.startsWith(t.term) ? t.term : word;
    if (word.length >= minPrefix && prefix.length >= minPrefix) term.prefix = prefix;
    terms.push(term);
  }
  return terms;
}

/** Position of the first term ≥ `key` in the sorted term list. */
function lowerBound(terms: string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One part of the query as lunr would run it: the index terms it expands to, and its boost. */
export interface Clause {
  /** Which query term (position in `parseQuery`'s result) the clause serves. */
  of: number;
  kind: keyof typeof boosts;
  /** The text lunr would be given: the term, or the prefix before a trailing wildcard. */
  text: string;
  boost: number;
  /** Term numbers in the index. */
  expands: number[];
}

/**
 * Expands each query term against the index: exactly, as a prefix (for partial words), and, only
 * when neither finds anything, with typo tolerance (fuzzy.ts: the closest terms within one edit
 * for words of 5 letters, two from 9). Term lists are sorted, so the exact term and every
 * completion of a prefix are found by binary search; a typo scans the terms of about the same
 * length, once.
 */
export function expandQuery(index: InvertedIndex, terms: QueryTerm[]): Clause[] {
  const all = index.terms;
  const clauses: Clause[] = [];
  terms.forEach((q, of) => {
    const at = lowerBound(all, q.term);
    const exact = all[at] === q.term ? [at] : [];
    clauses.push({ of, kind: 'exact', text: q.term, boost: boosts.exact, expands: exact });
    let found = exact.length > 0;
    if (q.prefix !== undefined) {
      const expands: number[] = [];
      for (let i = lowerBound(all, q.prefix); i < all.length; i++) {
        if (!(all[i] ?? '').startsWith(q.prefix)) break;
        expands.push(i);
      }
      clauses.push({ of, kind: 'prefix', text: q.prefix, boost: boosts.prefix, expands });
      found ||= expands.length > 0;
    }
    if (q.fuzzy && !found) {
      const expands = nearestTerms(all, q.word ?? q.term, q.term).map((n) => n.term);
      clauses.push({ of, kind: 'fuzzy', text: q.term, boost: boosts.fuzzy, expands });
    }
  });
  return clauses;
}

/** A loaded index, ready to query. */
export interface LoadedSearch {
  index: InvertedIndex;
  docs: StoredDocument[];
  lang: SearchLanguage;
  /** Stored text of each document, once its shard is loaded. */
  texts: (string | undefined)[];
  /** Each stored text's scan, made the first time the document shows a snippet. */
  scans: (TextTerm[] | undefined)[];
}

/** Loads the JSON emitted at build time, and the text shards already at hand (all, in tests). */
export function loadSearch(
  file: SearchIndexFile,
  lang: SearchLanguage,
  shards: TextShard[] = [],
): LoadedSearch {
  const loaded: LoadedSearch = {
    index: readIndex(file.index),
    docs: file.docs,
    lang,
    texts: [],
    scans: [],
  };
  shards.forEach((texts, n) => addShard(loaded, n, texts));
  return loaded;
}

/** The text shards that results (by ref) need for their snippets and that are not loaded yet. */
export function missingShards(loaded: LoadedSearch, refs: number[]): number[] {
  const missing = new Set<number>();
  for (const ref of refs) {
    const shard = loaded.docs[ref]?.[4];
    if (shard !== undefined && loaded.texts[ref] === undefined) missing.add(shard);
  }
  return [...missing];
}

/** Attaches a fetched shard's texts to its documents (the shard's documents, in ref order). */
export function addShard(loaded: LoadedSearch, shard: number, texts: TextShard): void {
  let i = 0;
  loaded.docs.forEach((doc, ref) => {
    if (doc[4] === shard) loaded.texts[ref] = texts[i++] ?? '';
  });
}

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

/** A scored document before it becomes a result. */
export interface Hit {
  ref: number;
  score: number;
  /** Query terms the document satisfies. */
  count: number;
}

/**
 * Scores documents for expanded clauses exactly as `lunr.Index#query` does: each index term gets
 * the sum of the boosts of the clauses that expanded to it (the query vector), a document's score
 * is the dot product of that vector with the document's term weights (all fields, boosts
 * included), divided by the query vector's length. Documents with every query term come first,
 * then by score, then in index order (lunr's order for equal scores).
 */
export function rank(index: InvertedIndex, clauses: Clause[], termCount: number): Hit[] {
  const vector = new Map<number, number>();
  for (const c of clauses) for (const t of c.expands) vector.set(t, (vector.get(t) ?? 0) + c.boost);
  let squares = 0;
  for (const w of vector.values()) squares += w * w;
  const magnitude = Math.sqrt(squares);
  const scores = new Float64Array(index.docCount);
  const counts = new Int32Array(index.docCount);
  const lastOf = new Int32Array(index.docCount).fill(-1);
  const touched: number[] = [];
  for (const [t, boost] of vector) {
    const { docs, weights } = termPostings(index, t);
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i] ?? 0;
      if (lastOf[d] === -1) {
        touched.push(d);
        lastOf[d] = -2;
      }
      scores[d] = (scores[d] ?? 0) + boost * (weights[i] ?? 0);
    }
  }
  for (let of = 0; of < termCount; of++) {
    const seen = new Set<number>();
    for (const c of clauses) {
      if (c.of !== of) continue;
      for (const t of c.expands) {
        if (seen.has(t)) continue;
        seen.add(t);
        for (const d of termPostings(index, t).docs) {
          if (lastOf[d] === of) continue;
          lastOf[d] = of;
          counts[d] = (counts[d] ?? 0) + 1;
        }
      }
    }
  }
  return touched
    .map((ref) => ({
      ref,
      score: magnitude > 0 ? (scores[ref] ?? 0) / magnitude : 0,
      count: counts[ref] ?? 0,
    }))
    .sort((x, y) => y.count - x.count || y.score - x.score || x.ref - y.ref);
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
  const results = hits.slice(0, limit).flatMap(({ ref, score, count }): SearchResult[] => {
    const doc = loaded.docs[ref];
    if (!doc) return [];
    const [type, title, section, url] = doc;
    let made: Segment[] | undefined;
    return [
      {
        ref,
        type,
        title,
        section,
        url,
        matchedTerms: count,
        totalTerms: terms.length,
        score,
        // Made when first read: a page of 100 results shows a few per group, and only those
        // need the stored text scanned. Empty until the document's text shard is loaded.
        get snippet(): Segment[] {
          const stored = loaded.texts[ref];
          if (stored === undefined) return [];
          const scan = (loaded.scans[ref] ??= scanText(stored, loaded.lang));
          made ??= snippet(stored, matched, loaded.lang, snippetLength, scan);
          return made;
        },
      },
    ];
  });
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
