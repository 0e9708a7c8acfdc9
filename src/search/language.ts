import { porterStem, stopWords } from './porter.ts';

/**
 * A term written in several ways in the text and in queries that must become one index token,
 * e.g. "carrier-grade NAT" and "CGNAT".
 */
export interface CanonicalPhrase {
  /** Matches the phrase in text or query (global, case-insensitive flags are added). */
  pattern: string;
  /** The single token it becomes. */
  token: string;
}

/**
 * Everything language-specific about search, in one place. A language is one more of these (French:
 * french.ts, lunr-languages' stemmer and stop words), its reference in lunr-check.ts and a line in
 * `loadLanguage` (load-language.ts).
 */
export interface SearchLanguage {
  /** BCP 47 code, stored in the index file. */
  code: string;
  /** Reduces a lower-case word to its index form ("preservation" → "preserv"). */
  stem: (word: string) => string;
  /** True for words too common to search on ("the", "of"). */
  isStopWord: (word: string) => boolean;
  /** Words that introduce an article reference: "Art. 29", "article 29", "Arts 29 and 30". */
  articleWords: string[];
  /** Words joining numbers in a list of articles ("Arts 29 and 30"). */
  listWords: string[];
  /** Phrases and acronyms that mean the same thing. */
  phrases: CanonicalPhrase[];
}

/**
 * English: lunr's Porter stemmer and stop-word list (ported in porter.ts so that the browser does
 * not download lunr; the build checks every indexed word against lunr itself).
 */
export const english: SearchLanguage = {
  code: 'en',
  stem: porterStem,
  isStopWord: (word) => stopWords.has(word),
  articleWords: ['art', 'arts', 'article', 'articles'],
  listWords: ['and', 'or', 'to'],
  phrases: [
    { pattern: String.raw`\bcarrier[\s-]+grade[\s-]+nat\b|\bcg-?nat\b`, token: 'cgnat' },
    { pattern: String.raw`\bmutual\s+legal\s+assistance\b|\bmla\b`, token: 'mla' },
    { pattern: String.raw`\bjoint\s+investigation\s+teams?\b|\bjits?\b`, token: 'jit' },
  ],
};
