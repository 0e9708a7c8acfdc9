import lunr from 'lunr';
import type { SearchLanguage } from './language.ts';
import { scanText, textWords } from './text.ts';
import { checkAgainstLunr } from './lunr-check.ts';
import { packIndex } from './codec.ts';
import type { SearchBuild, SearchDocument, StoredDocument, TextShard } from './types.ts';

/**
 * Gzipped bytes allowed for search-index.json (without the text shards). The first search
 * downloads it, the search chunk and the text shards of the results it shows; the whole must stay
 * under 58.8 KB (half of what Pagefind downloads for a smaller site).
 */
export const indexBudget = 40 * 1024;

/** Characters of each document's text kept for snippets (a match beyond shows the opening). */
export const storedTextLength = 1000;

/**
 * Characters of stored text per shard, about (two or three documents). Consecutive documents share
 * a shard (sections of one module, neighbouring glossary entries). Measured on the course over the
 * benchmark queries (search chunk not included): 8000 characters → 51 KB gzip for a first search
 * in the popup, 64 KB on the search page (median); 2000 → 42 and 50 KB, with about 15 small
 * requests for a search page; one document per shard → 36 and 41 KB, with 18.
 */
export const shardChars = 2000;

/** Field weights: a hit in the title outranks one in a sub-heading, which outranks one in the body. */
export const fieldBoosts = { title: 10, headings: 4, body: 1 } as const;
const fields = Object.keys(fieldBoosts) as (keyof typeof fieldBoosts)[];

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

/** Groups consecutive documents' texts into shards of about `shardChars` characters. */
export function shardTexts(
  texts: string[],
  size: number = shardChars,
): { shardOf: number[]; shards: TextShard[] } {
  const shards: TextShard[] = [];
  const shardOf: number[] = [];
  let length = size;
  for (const text of texts) {
    if (length >= size) {
      shards.push([]);
      length = 0;
    }
    shards.at(-1)?.push(text);
    shardOf.push(shards.length - 1);
    length += text.length;
  }
  return { shardOf, shards };
}

/**
 * Builds the files the browser downloads. Pure: documents in, JSON-ready objects out.
 * Terms come from `scanText` (stemming, stop words, article references, phrases), checked against
 * lunr's own pipeline; term positions are never stored: snippets are found again in the stored
 * text, which goes to the shards.
 */
export function buildSearchIndex(
  docs: SearchDocument[],
  lang: SearchLanguage,
  textLength: number = storedTextLength,
): SearchBuild {
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
  const { shardOf, shards } = shardTexts(docs.map((d) => cut(d.body, textLength)));
  const stored = docs.map((d, i): StoredDocument => [
    d.type,
    d.title,
    d.section ?? '',
    d.url,
    shardOf[i] ?? 0,
  ]);
  return { file: { v: 3, lang: lang.code, docs: stored, index }, shards };
}
