/**
 * The shipped form of the index: term frequencies, not lunr's serialised index. lunr's JSON stores
 * every posting twice (inverted index and per-field vectors) with float weights; the weights are
 * computed from term frequencies and field lengths, so the browser recomputes them, exactly as
 * lunr's builder does (BM25, k1 = 1.2, b = 0.75), and rebuilds the inverted index from the vectors.
 * On the real course this is about a third of lunr's own JSON, gzipped.
 */

/** The parts of lunr's `Index.toJSON()` shape that `lunr.Index.load` reads. */
export interface LunrIndexJson {
  version: string;
  fields: string[];
  /** ["field/ref", [termIndex, weight, termIndex, weight, …]] */
  fieldVectors: [string, number[]][];
  /** [term, { _index, [field]: { [ref]: metadata } }], sorted by term. */
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

/** The packed index, as shipped. */
export interface PackedIndex {
  /** lunr version the weights follow. */
  version: string;
  fields: string[];
  /** Boost of each field, in the order of `fields`. */
  boosts: number[];
  /** Every index term, sorted; a term's number is its position here. */
  terms: string[];
  /** tf[field][ref]: term numbers as gaps from the previous one, each followed by its count. */
  tf: number[][][];
}

/** lunr's BM25 parameters (Builder defaults). */
const k1 = 1.2;
const b = 0.75;

/** Packs the index terms of each document field: `docs[ref][field]` is the field's term list. */
export function packIndex(
  docs: string[][][],
  fields: string[],
  boosts: number[],
  version: string,
): PackedIndex {
  const terms = [...new Set(docs.flat(2))].sort();
  const number = new Map(terms.map((t, i) => [t, i]));
  const tf = fields.map((_, f) =>
    docs.map((doc) => {
      const counts = new Map<number, number>();
      for (const term of doc[f] ?? []) {
        const n = number.get(term) ?? 0;
        counts.set(n, (counts.get(n) ?? 0) + 1);
      }
      let previous = 0;
      return [...counts.entries()]
        .sort((x, y) => x[0] - y[0])
        .flatMap(([n, count]) => {
          const gap = n - previous;
          previous = n;
          return [gap, count];
        });
    }),
  );
  return { version, fields, boosts, terms, tf };
}

/** Rebuilds what `lunr.Index.load` expects, with the weights lunr's builder would have computed. */
export function unpackIndex(packed: PackedIndex): LunrIndexJson {
  const { fields, terms, tf } = packed;
  const docCount = tf[0]?.length ?? 0;
  const postings = terms.map((): Record<string, Record<string, object>> => {
    const posting: Record<string, Record<string, object>> = {};
    for (const f of fields) posting[f] = {};
    return posting;
  });
  const docsWithTerm = new Array<number>(terms.length).fill(0);
  // First pass: decode term numbers, field lengths and postings.
  const decoded = tf.map((perDoc, f) =>
    perDoc.map((vector, ref) => {
      const pairs: [number, number][] = [];
      let term = 0;
      let length = 0;
      for (let i = 0; i < vector.length; i += 2) {
        term += vector[i] ?? 0;
        const count = vector[i + 1] ?? 0;
        pairs.push([term, count]);
        length += count;
        docsWithTerm[term] = (docsWithTerm[term] ?? 0) + 1;
        const posting = postings[term]?.[fields[f] ?? ''];
        if (posting) posting[String(ref)] = {};
      }
      return { pairs, length };
    }),
  );
  const idf = docsWithTerm.map((n) => Math.log(1 + Math.abs((docCount - n + 0.5) / (n + 0.5))));
  const fieldVectors: [string, number[]][] = [];
  decoded.forEach((perDoc, f) => {
    const average = perDoc.reduce((sum, d) => sum + d.length, 0) / Math.max(1, docCount);
    const boost = packed.boosts[f] ?? 1;
    perDoc.forEach(({ pairs, length }, ref) => {
      const elements: number[] = [];
      for (const [term, count] of pairs) {
        const score =
          (((idf[term] ?? 0) * ((k1 + 1) * count)) /
            (k1 * (1 - b + b * (length / average)) + count)) *
          boost;
        elements.push(term, Math.round(score * 1000) / 1000);
      }
      fieldVectors.push([`${fields[f] ?? ''}/${ref}`, elements]);
    });
  });
  return {
    version: packed.version,
    fields,
    fieldVectors,
    invertedIndex: terms.map((term, i) => [term, { _index: i, ...postings[i] }]),
    pipeline: [],
  };
}
