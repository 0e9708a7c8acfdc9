// Each query term expanded against the sorted term list: exactly, as a prefix, and with typo
// tolerance when neither finds anything.
import type { InvertedIndex } from './codec.ts';
import { nearestTerms } from './fuzzy.ts';
import { boosts, type QueryTerm } from './parse.ts';

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
