import type { SearchLanguage } from './language.ts';
import { scanText, type TextTerm } from './text.ts';
import { readIndex, termPostings, type InvertedIndex } from './codec.ts';
import { snippet, type Segment } from './snippet.ts';
import type { DocType, SearchIndexFile, StoredDocument } from './types.ts';

/** One thing the user asked for; a document satisfies it through any of its forms. */
export interface QueryTerm {
  /** Index form (stem or canonical token): matched exactly, with the highest boost. */
  term: string;
  /** Prefix for partial words ("preserv" → preservation), when the word is long enough. */
  prefix?: string;
  /** True when one-letter typos are tolerated (words of 5 letters or more). */
  fuzzy: boolean;
}

/** Boosts per form: exact beats partial beats typo-tolerant. */
const boosts = { exact: 10, prefix: 2, fuzzy: 1 } as const;
/** Partial-word matching starts at this many letters ("pre" would match half the index). */
const minPrefix = 3;
/** Typo tolerance starts at this many letters, where one edit rarely changes the meaning. */
const minFuzzy = 5;

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
    const term: QueryTerm = { term: t.term, fuzzy: word.length >= minFuzzy };
    const prefix = word.startsWith(t.term) ? t.term : word;
    if (word.length >= minPrefix && prefix.length >= minPrefix) term.prefix = prefix;
    terms.push(term);
  }
  return terms;
}

/** True when strings differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
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
 * when neither finds anything, with one-letter tolerance (a typo). Term lists are sorted, so the
 * exact term and every completion of a prefix are found by binary search; a typo scans the terms
 * of about the same length, once.
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
      const expands: number[] = [];
      const length = q.term.length;
      all.forEach((t, i) => {
        if (Math.abs(t.length - length) <= 1 && withinOneEdit(t, q.term)) expands.push(i);
      });
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
  /** Each stored text's scan, made the first time the document shows a snippet. */
  scans: (TextTerm[] | undefined)[];
}

/** Loads the JSON emitted at build time. */
export function loadSearch(file: SearchIndexFile, lang: SearchLanguage): LoadedSearch {
  return { index: readIndex(file.index), docs: file.docs, lang, scans: [] };
}

/** One result, ready to render as text (no HTML: the UI builds elements from the segments). */
export interface SearchResult {
  type: DocType;
  title: string;
  section: string;
  url: string;
  /** How many of the query's terms the document contains. */
  matchedTerms: number;
  totalTerms: number;
  score: number;
  /** Extract of the text around the matches; marked segments are the matched words. */
  snippet: Segment[];
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

/**
 * Runs a query. Every term is searched exactly, as a prefix and, when those find nothing, with
 * one-letter tolerance; results containing all terms come before those containing some, then by
 * lunr's score (which carries the field weights).
 */
export function search(
  loaded: LoadedSearch,
  query: string,
  { limit = 20, snippetLength = 160 }: SearchOptions = {},
): SearchResult[] {
  const terms = parseQuery(query, loaded.lang);
  if (terms.length === 0) return [];
  const clauses = expandQuery(loaded.index, terms);
  const matched = new Set<string>();
  for (const c of clauses) for (const t of c.expands) matched.add(loaded.index.terms[t] ?? '');
  if (matched.size === 0) return [];
  return rank(loaded.index, clauses, terms.length)
    .slice(0, limit)
    .flatMap(({ ref, score, count }) => {
      const doc = loaded.docs[ref];
      if (!doc) return [];
      const [type, title, section, url, text] = doc;
      const scan = (loaded.scans[ref] ??= scanText(text, loaded.lang));
      return [
        {
          type,
          title,
          section,
          url,
          matchedTerms: count,
          totalTerms: terms.length,
          score,
          snippet: snippet(text, matched, loaded.lang, snippetLength, scan),
        },
      ];
    });
}
