import lunr from 'lunr';
import type { SearchLanguage } from './language.ts';
import { scanText, textWords } from './text.ts';
import { checkAgainstLunr } from './lunr-check.ts';
import { packIndex } from './codec.ts';
import type { SearchDocument, SearchIndexFile, StoredDocument } from './types.ts';

/**
 * Gzipped bytes allowed for search-index.json. The first search downloads it plus the search chunk
 * (query code and stemmer, about 4 KB gzip), and the whole must stay under 70 KB on slow links;
 * the stored snippet text shrinks as the course grows to keep it there.
 */
export const indexBudget = 64 * 1024;

/** Field weights: a hit in the title outranks one in a sub-heading, which outranks one in the body. */
export const fieldBoosts = { title: 10, headings: 4, body: 1 } as const;
const fields = Object.keys(fieldBoosts) as (keyof typeof fieldBoosts)[];

/**
 * Characters of each document's text kept for snippets, longest first. Whole sections would be
 * most of the download; the build keeps the longest that fits the size budget, and a match beyond
 * the stored text shows the section's opening instead.
 */
export const storedTextLengths = [1000, 800, 600, 500, 400, 300, 200] as const;

/** The index terms of each field of a document (lunr's own pipeline is not used). */
export function documentTerms(doc: SearchDocument, lang: SearchLanguage): string[][] {
  const text = { title: doc.title, headings: (doc.headings ?? []).join(' '), body: doc.body };
  return fields.map((f) => scanText(text[f], lang).map((t) => t.term));
}

/** Cuts text at a word boundary before `max` characters. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max / 2 ? space : max);
}

/**
 * Builds the file the browser downloads. Pure: documents in, JSON-ready object out.
 * Terms come from `scanText` (stemming, stop words, article references, phrases), checked against
 * lunr's own pipeline; term positions
 * are never stored: snippets are found again in the stored text.
 */
export function buildSearchIndex(
  docs: SearchDocument[],
  lang: SearchLanguage,
  textLength: number = storedTextLengths[0],
): SearchIndexFile {
  const ids = new Set<string>();
  for (const doc of docs) {
    if (ids.has(doc.id)) throw new Error(`search: two documents have the id "${doc.id}"`);
    ids.add(doc.id);
  }
  const words = new Set<string>();
  for (const doc of docs) {
    textWords(doc.title, words);
    for (const h of doc.headings ?? []) textWords(h, words);
    textWords(doc.body, words);
  }
  checkAgainstLunr(words, lang);
  const index = packIndex(
    docs.map((d) => documentTerms(d, lang)),
    fields,
    fields.map((f) => fieldBoosts[f]),
    lunr.version,
  );
  const stored = docs.map((d): StoredDocument => [
    d.type,
    d.title,
    d.section ?? '',
    d.url,
    cut(d.body, textLength),
  ]);
  return { v: 2, lang: lang.code, docs: stored, index };
}

/**
 * Builds the index with the longest stored text whose serialised size (`measure`, e.g. gzip bytes)
 * fits `budget`; the shortest if none does. Returns the JSON text and the length chosen.
 */
export function buildWithinBudget(
  docs: SearchDocument[],
  lang: SearchLanguage,
  budget: number,
  measure: (json: string) => number,
): { json: string; textLength: number; size: number } {
  let last = { json: '', textLength: 0, size: 0 };
  for (const textLength of storedTextLengths) {
    const json = JSON.stringify(buildSearchIndex(docs, lang, textLength));
    last = { json, textLength, size: measure(json) };
    if (last.size <= budget) break;
  }
  return last;
}
