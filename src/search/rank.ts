// lunr's scoring on the packed index, with documents holding every query term first.
import { termPostings, type InvertedIndex } from './codec.ts';
import type { Clause } from './expand.ts';

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
  // Indexed loops over the typed arrays (no iterators): most of this runs before it is compiled.
  vector.forEach((boost, t) => {
    const { docs, weights } = termPostings(index, t);
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i] as number;
      if (lastOf[d] === -1) {
        touched.push(d);
        lastOf[d] = -2;
      }
      scores[d] = (scores[d] as number) + boost * (weights[i] as number);
    }
  });
  for (let of = 0; of < termCount; of++) {
    const seen = new Set<number>();
    for (const c of clauses) {
      if (c.of !== of) continue;
      for (const t of c.expands) {
        if (seen.has(t)) continue;
        seen.add(t);
        const { docs } = termPostings(index, t);
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i] as number;
          if (lastOf[d] === of) continue;
          lastOf[d] = of;
          counts[d] = (counts[d] as number) + 1;
        }
      }
    }
  }
  const hits: Hit[] = [];
  for (let i = 0; i < touched.length; i++) {
    const ref = touched[i] as number;
    hits.push({
      ref,
      score: magnitude > 0 ? (scores[ref] as number) / magnitude : 0,
      count: counts[ref] as number,
    });
  }
  return hits.sort((x, y) => y.count - x.count || y.score - x.score || x.ref - y.ref);
}
