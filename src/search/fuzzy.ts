/**
 * Typo tolerance. Index terms are stems ("preserv"), so a typo in the part the stemmer would cut
 * off ("preservaton") leaves a stem that is far from every index term. A term therefore matches a
 * typed word in either of two ways, whichever needs fewer edits:
 * - the word's stem is within the allowed edits of the term ("presevation" → "presev" ~ "preserv");
 * - a prefix of the word is within the allowed edits of the term, and what is left of the word is
 *   no longer than a suffix the stemmer removes ("preserv|aton").
 * Only the closest terms are kept, so a typo brings in one meaning, not every neighbour, and the
 * first letter must be right (or swapped with the second).
 */

/** Typed letters left over after the matched stem, at most (English suffixes: "ation", "ement"…). */
const maxSuffix = 5;
/** Shortest index term a prefix may match: shorter stems would match too many words. */
const minPrefixTerm = 4;

/** Scratch rows of the edit-distance table, grown as needed. */
let rows = new Int32Array(64 * 3);

/** Edits tolerated in a word of this many letters: none below 5, one from 5, two from 9. */
export function allowedEdits(word: string): number {
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * Edit distances (insertions, deletions, substitutions and swaps of neighbours) between `term` and
 * `word`, and between `term` and the best prefix of `word` that leaves at most `maxSuffix` letters;
 * Infinity for either once it must exceed `max` (rows stop early, so most terms cost a few cells).
 */
export function distances(
  term: string,
  word: string,
  max: number,
): { whole: number; prefix: number } {
  const n = word.length;
  const width = n + 1;
  // Three rows in one reused buffer (no allocation per term: this runs for every index term).
  if (rows.length < width * 3) rows = new Int32Array(width * 3);
  let before = 0;
  let previous = width;
  let current = width * 2;
  for (let j = 0; j <= n; j++) rows[previous + j] = j;
  for (let i = 1; i <= term.length; i++) {
    const a = term.charCodeAt(i - 1);
    rows[current] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const b = word.charCodeAt(j - 1);
      let d = Math.min(
        (rows[previous + j] ?? 0) + 1,
        (rows[current + j - 1] ?? 0) + 1,
        (rows[previous + j - 1] ?? 0) + (a === b ? 0 : 1),
      );
      if (i > 1 && j > 1 && a === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === b) {
        d = Math.min(d, (rows[before + j - 2] ?? 0) + 1);
      }
      rows[current + j] = d;
      if (d < best) best = d;
    }
    if (best > max) return { whole: Infinity, prefix: Infinity };
    const free = before;
    before = previous;
    previous = current;
    current = free;
  }
  const whole = rows[previous + n] ?? Infinity;
  let prefix = Infinity;
  if (term.length >= minPrefixTerm) {
    for (let j = Math.max(1, n - maxSuffix); j <= n; j++) {
      prefix = Math.min(prefix, rows[previous + j] ?? Infinity);
    }
  }
  return { whole: whole <= max ? whole : Infinity, prefix: prefix <= max ? prefix : Infinity };
}

/** True when both start with the same letter, or with the same two letters swapped. */
function sameStart(a: string, b: string): boolean {
  return a[0] === b[0] || (a[0] === b[1] && a[1] === b[0]);
}

/** One index term close to a typed word. */
export interface Near {
  /** The term's number in the index. */
  term: number;
  edits: number;
}

/** Term numbers by first letter, per sorted term list (made on the first typo, then kept). */
const byFirst = new WeakMap<string[], Map<string, number[]>>();

/** The terms that could pass `sameStart` with `word` or `stem`, in index order. */
function candidates(terms: string[], word: string, stem: string): number[] {
  let buckets = byFirst.get(terms);
  if (!buckets) {
    buckets = new Map();
    for (let i = 0; i < terms.length; i++) {
      const first = terms[i]?.[0] ?? '';
      const bucket = buckets.get(first);
      if (bucket) bucket.push(i);
      else buckets.set(first, [i]);
    }
    byFirst.set(terms, buckets);
  }
  // A term starts with the word's (or stem's) first letter, or with its second when the first two
  // are swapped; sameStart then checks the swap exactly.
  const letters = new Set([word[0], word[1], stem[0], stem[1]]);
  const out: number[] = [];
  for (const letter of letters) out.push(...(buckets.get(letter ?? '') ?? []));
  return letters.size > 1 ? out.sort((a, b) => a - b) : out;
}

/**
 * The index terms closest to a typed word (lower case) and its stem, within the edits its length
 * allows; [] when none is. Ties are all returned, closest first. Only terms with the right first
 * letter are looked at (a bucket per letter), so a typo costs a tenth of a pass over the terms.
 */
export function nearestTerms(terms: string[], word: string, stem: string): Near[] {
  const max = allowedEdits(word);
  if (max === 0) return [];
  let best = max;
  let found: Near[] = [];
  for (const i of candidates(terms, word, stem)) {
    const t = terms[i] ?? '';
    // Length filters first: most terms are ruled out without a single cell computed.
    const closeToStem = Math.abs(t.length - stem.length) <= best;
    const closeToPrefix =
      t.length <= word.length + best && t.length >= word.length - maxSuffix - best;
    if (!closeToStem && !closeToPrefix) continue;
    // Typos rarely hit the first letter (a swap of the first two aside).
    if (!sameStart(t, word) && !sameStart(t, stem)) continue;
    const toStem = closeToStem ? distances(t, stem, best).whole : Infinity;
    const toPrefix = closeToPrefix ? distances(t, word, best).prefix : Infinity;
    const edits = Math.min(toStem, toPrefix);
    if (edits > best) continue;
    if (edits < best) {
      best = edits;
      found = found.filter((f) => f.edits <= edits);
    }
    found.push({ term: i, edits });
  }
  return found.filter((f) => f.edits <= best);
}
