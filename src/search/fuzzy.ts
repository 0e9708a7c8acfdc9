/**
 * Typo tolerance. Index terms are stems ("preserv"), so a typo in the part the stemmer would cut
 * off ("preservaton") leaves a stem that is far from every index term. A term therefore matches a
 * typed word in either of two ways, whichever needs fewer edits:
 * - the word's stem is within the allowed edits of the term ("presevation" → "presev" ~ "preserv");
 * - a prefix of the word is within the allowed edits of the term, and what is left of the word is
 *   no longer than a suffix the stemmer removes ("preserv|aton").
 * Only the closest terms are kept, so a typo brings in one meaning, not every neighbour.
 */

/** Typed letters left over after the matched stem, at most (English suffixes: "ation", "ement"…). */
const maxSuffix = 5;
/** Shortest index term a prefix may match: shorter stems would match too many words. */
const minPrefixTerm = 4;

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
  let before = new Array<number>(n + 1);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1);
  for (let i = 1; i <= term.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = term[i - 1] === word[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && term[i - 1] === word[j - 2] && term[i - 2] === word[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return { whole: Infinity, prefix: Infinity };
    [before, previous, current] = [previous, current, before];
  }
  const whole = previous[n] ?? Infinity;
  let prefix = Infinity;
  if (term.length >= minPrefixTerm) {
    for (let j = Math.max(1, n - maxSuffix); j <= n; j++)
      prefix = Math.min(prefix, previous[j] ?? Infinity);
  }
  return { whole: whole <= max ? whole : Infinity, prefix: prefix <= max ? prefix : Infinity };
}

/** One index term close to a typed word. */
export interface Near {
  /** The term's number in the index. */
  term: number;
  edits: number;
}

/**
 * The index terms closest to a typed word (lower case) and its stem, within the edits its length
 * allows; [] when none is. Ties are all returned, closest first.
 */
export function nearestTerms(terms: string[], word: string, stem: string): Near[] {
  const max = allowedEdits(word);
  if (max === 0) return [];
  let best = max;
  let found: Near[] = [];
  terms.forEach((t, i) => {
    // Length filters first: most terms are ruled out without a single cell computed.
    const closeToStem = Math.abs(t.length - stem.length) <= best;
    const closeToPrefix =
      t.length <= word.length + best && t.length >= word.length - maxSuffix - best;
    if (!closeToStem && !closeToPrefix) return;
    const toStem = closeToStem ? distances(t, stem, best).whole : Infinity;
    const toPrefix = closeToPrefix ? distances(t, word, best).prefix : Infinity;
    const edits = Math.min(toStem, toPrefix);
    if (edits > best) return;
    if (edits < best) {
      best = edits;
      found = found.filter((f) => f.edits <= edits);
    }
    found.push({ term: i, edits });
  });
  return found.filter((f) => f.edits <= best);
}
