// What the learner typed, as query terms: the same scanner as indexing, plus the partial-word and
// typo-tolerance settings of each word.
import type { SearchLanguage } from './language.ts';
import { scanText } from './text.ts';
import { allowedEdits } from './fuzzy.ts';

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
export const boosts = { exact: 10, prefix: 2, fuzzy: 1 } as const;
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
