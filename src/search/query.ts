import lunr from 'lunr';
import type { SearchLanguage } from './language.ts';
import { scanText } from './text.ts';
import { unpackIndex } from './codec.ts';
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

/** True when an index term came from this query term (exactly, as a completion or as a near miss). */
function satisfies(indexTerm: string, q: QueryTerm): boolean {
  if (indexTerm === q.term) return true;
  if (q.prefix !== undefined && indexTerm.startsWith(q.prefix)) return true;
  return q.fuzzy && withinOneEdit(indexTerm, q.term);
}

/** A loaded index, ready to query. */
export interface LoadedSearch {
  index: lunr.Index;
  docs: StoredDocument[];
  lang: SearchLanguage;
}

/** Loads the JSON emitted at build time. */
export function loadSearch(file: SearchIndexFile, lang: SearchLanguage): LoadedSearch {
  return { index: lunr.Index.load(unpackIndex(file.index)), docs: file.docs, lang };
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

/**
 * Runs a query. Every term is searched exactly, as a prefix and with one-letter tolerance; results
 * containing all terms come before those containing some, then by lunr's score (which carries the
 * field weights).
 */
export function search(
  loaded: LoadedSearch,
  query: string,
  { limit = 20, snippetLength = 160 }: SearchOptions = {},
): SearchResult[] {
  const terms = parseQuery(query, loaded.lang);
  if (terms.length === 0) return [];
  const hits = loaded.index.query((q) => {
    for (const t of terms) {
      q.term(t.term, { usePipeline: false, boost: boosts.exact });
      if (t.prefix !== undefined) {
        q.term(t.prefix, {
          usePipeline: false,
          boost: boosts.prefix,
          wildcard: lunr.Query.wildcard.TRAILING,
        });
      }
      if (t.fuzzy) q.term(t.term, { usePipeline: false, boost: boosts.fuzzy, editDistance: 1 });
    }
  });
  const ranked = hits
    .map((hit) => {
      const matched = Object.keys(hit.matchData.metadata);
      const count = terms.filter((t) => matched.some((m) => satisfies(m, t))).length;
      return { hit, matched, count };
    })
    .sort((a, b) => b.count - a.count || b.hit.score - a.hit.score)
    .slice(0, limit);
  return ranked.flatMap(({ hit, matched, count }) => {
    const doc = loaded.docs[Number(hit.ref)];
    if (!doc) return [];
    const [type, title, section, url, text] = doc;
    return [
      {
        type,
        title,
        section,
        url,
        matchedTerms: count,
        totalTerms: terms.length,
        score: hit.score,
        snippet: snippet(text, new Set(matched), loaded.lang, snippetLength),
      },
    ];
  });
}
