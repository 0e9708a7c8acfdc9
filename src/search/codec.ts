/**
 * The shipped form of the index: term frequencies, not lunr's serialised index. lunr's JSON stores
 * every posting twice (inverted index and per-field vectors) with float weights; the weights are
 * computed from term frequencies and field lengths, so the browser recomputes them, exactly as
 * lunr's builder does (BM25, k1 = 1.2, b = 0.75). On the real course this is about a third of
 * lunr's own JSON, gzipped.
 *
 * The browser does not hand the index to `lunr.Index.load`: that call rebuilds lunr's term
 * automaton (`lunr.TokenSet.fromArray`), which was most of a 282 ms load at 4x CPU, and every
 * query then walked that automaton. Postings are stored term by term instead, so loading is
 * `JSON.parse` and nothing else, and a query decodes (and weighs) only the postings of the terms
 * it touches. `unpackIndex` still produces lunr's JSON, so tests check weights and scores against
 * lunr itself.
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

import { decodeNumbers, encodeNumbers, frontCode, frontDecode } from './compact.ts';

/** The packed index, as shipped. */
export interface PackedIndex {
  /** lunr version the weights follow. */
  version: string;
  fields: string[];
  /** Boost of each field, in the order of `fields`. */
  boosts: number[];
  /** Every index term, sorted and front-coded (compact.ts); a term's number is its position. */
  terms: string;
  /** lengths[field][ref]: index terms in that field of the document (BM25 length normalisation). */
  lengths: number[][];
  /**
   * Per term, space-separated, numbers written by `encodeNumbers`: the fields of documents holding the term, in order of the key
   * `ref * fields.length + field`. Each entry is `gap * 2` (gap from the previous key) when the
   * term occurs once there, or `gap * 2 + 1, count` when it occurs more often.
   */
  postings: string;
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
  const postings = terms.map((): number[] => []);
  const previous = new Array<number>(terms.length).fill(0);
  docs.forEach((doc, ref) => {
    fields.forEach((_, f) => {
      const counts = new Map<number, number>();
      for (const term of doc[f] ?? []) {
        const n = number.get(term) ?? 0;
        counts.set(n, (counts.get(n) ?? 0) + 1);
      }
      const key = ref * fields.length + f;
      for (const [n, count] of counts) {
        const gap = key - (previous[n] ?? 0);
        previous[n] = key;
        postings[n]?.push(...(count > 1 ? [gap * 2 + 1, count] : [gap * 2]));
      }
    });
  });
  const lengths = fields.map((_, f) => docs.map((doc) => doc[f]?.length ?? 0));
  return {
    version,
    fields,
    boosts,
    terms: frontCode(terms),
    lengths,
    postings: postings.map(encodeNumbers).join(' '),
  };
}

/** One index term's postings, decoded: documents ascending, each with its lunr weight (fields summed). */
export interface TermPostings {
  docs: Int32Array;
  weights: Float64Array;
}

/** The index as queries read it: the shipped arrays as they are, plus a cache of decoded terms. */
export interface InvertedIndex {
  packed: PackedIndex;
  /** Every index term, sorted (UTF-16 order, as `Array.prototype.sort`). */
  terms: string[];
  /** Each term's postings, still encoded. */
  postings: string[];
  docCount: number;
  /** Average length of each field. */
  average: number[];
  /** Terms decoded so far. */
  cache: (TermPostings | undefined)[];
}

/** Makes a parsed index searchable. Nothing is decoded up front: queries decode what they touch. */
export function readIndex(packed: PackedIndex): InvertedIndex {
  const docCount = packed.lengths[0]?.length ?? 0;
  const average = packed.lengths.map((ls) => {
    let sum = 0;
    for (const l of ls) sum += l;
    return sum / Math.max(1, docCount);
  });
  const terms = frontDecode(packed.terms);
  const postings = packed.postings.split(' ');
  return { packed, terms, postings, docCount, average, cache: [] };
}

/**
 * Decodes one term's postings with the weight lunr's builder gives each field of each document:
 * BM25 with lunr's idf (which counts a document once per field holding the term), times the field
 * boost, rounded to 3 decimals; a document's fields are then summed, because a query weighs a
 * term the same in every field.
 */
export function termPostings(index: InvertedIndex, term: number): TermPostings {
  const cached = index.cache[term];
  if (cached) return cached;
  const { lengths, boosts } = index.packed;
  const list = decodeNumbers(index.postings[term] ?? '');
  const fieldCount = lengths.length;
  const keys: number[] = [];
  const counts: number[] = [];
  let key = 0;
  for (let i = 0; i < list.length; i++) {
    const value = list[i] ?? 0;
    key += value >> 1;
    keys.push(key);
    counts.push(value & 1 ? (list[++i] ?? 1) : 1);
  }
  const n = keys.length;
  const idf = Math.log(1 + Math.abs((index.docCount - n + 0.5) / (n + 0.5)));
  const docs: number[] = [];
  const weights: number[] = [];
  keys.forEach((k, i) => {
    const ref = Math.floor(k / fieldCount);
    const f = k - ref * fieldCount;
    const count = counts[i] ?? 1;
    const length = lengths[f]?.[ref] ?? 0;
    const score =
      ((idf * ((k1 + 1) * count)) /
        (k1 * (1 - b + b * (length / (index.average[f] ?? 1))) + count)) *
      (boosts[f] ?? 1);
    const weight = Math.round(score * 1000) / 1000;
    if (docs[docs.length - 1] === ref) weights[weights.length - 1] = (weights.at(-1) ?? 0) + weight;
    else {
      docs.push(ref);
      weights.push(weight);
    }
  });
  const decoded = { docs: Int32Array.from(docs), weights: Float64Array.from(weights) };
  index.cache[term] = decoded;
  return decoded;
}

/** Rebuilds what `lunr.Index.load` expects, with the weights lunr's builder would have computed. */
export function unpackIndex(packed: PackedIndex): LunrIndexJson {
  const { fields, lengths, boosts } = packed;
  const terms = frontDecode(packed.terms);
  const postings = packed.postings.split(' ').map(decodeNumbers);
  const docCount = lengths[0]?.length ?? 0;
  const average = lengths.map((ls) => ls.reduce((s, l) => s + l, 0) / Math.max(1, docCount));
  const vectors = fields.map(() => Array.from({ length: docCount }, (): number[] => []));
  const invertedIndex = terms.map((term, t): [string, Record<string, unknown>] => {
    const posting: Record<string, Record<string, object>> = {};
    for (const f of fields) posting[f] = {};
    const entries: [number, number, number][] = [];
    const list = postings[t] ?? [];
    let key = 0;
    for (let i = 0; i < list.length; i++) {
      const value = list[i] ?? 0;
      key += value >> 1;
      const count = value & 1 ? (list[++i] ?? 1) : 1;
      entries.push([Math.floor(key / fields.length), key % fields.length, count]);
    }
    const n = entries.length;
    const idf = Math.log(1 + Math.abs((docCount - n + 0.5) / (n + 0.5)));
    for (const [ref, f, count] of entries) {
      const length = lengths[f]?.[ref] ?? 0;
      const score =
        ((idf * ((k1 + 1) * count)) / (k1 * (1 - b + b * (length / (average[f] ?? 1))) + count)) *
        (boosts[f] ?? 1);
      vectors[f]?.[ref]?.push(t, Math.round(score * 1000) / 1000);
      const field = posting[fields[f] ?? ''];
      if (field) field[String(ref)] = {};
    }
    return [term, { _index: t, ...posting }];
  });
  const fieldVectors = fields.flatMap((field, f) =>
    (vectors[f] ?? []).map((elements, ref): [string, number[]] => [`${field}/${ref}`, elements]),
  );
  return { version: packed.version, fields, fieldVectors, invertedIndex, pipeline: [] };
}
