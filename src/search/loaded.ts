// A loaded index and the text shards fetched so far.
import type { SearchLanguage } from './language.ts';
import type { TextTerm } from './text.ts';
import { readIndex, type InvertedIndex } from './codec.ts';
import type { SearchIndexFile, StoredDocument, TextShard } from './types.ts';

/** A loaded index, ready to query. */
export interface LoadedSearch {
  index: InvertedIndex;
  docs: StoredDocument[];
  lang: SearchLanguage;
  /** Stored text of each document, once its shard is loaded. */
  texts: (string | undefined)[];
  /** Each stored text's scan, made the first time the document shows a snippet. */
  scans: (TextTerm[] | undefined)[];
  /** Each title's scan, made the first time a correction looks for the course's spelling. */
  titleScans: (TextTerm[] | undefined)[];
}

/** Loads the JSON emitted at build time, and the text shards already at hand (all, in tests). */
export function loadSearch(
  file: SearchIndexFile,
  lang: SearchLanguage,
  shards: TextShard[] = [],
): LoadedSearch {
  const loaded: LoadedSearch = {
    index: readIndex(file.index),
    docs: file.docs,
    lang,
    texts: [],
    scans: [],
    titleScans: [],
  };
  shards.forEach((texts, n) => addShard(loaded, n, texts));
  return loaded;
}

/** The text shards that results (by ref) need for their snippets and that are not loaded yet. */
export function missingShards(loaded: LoadedSearch, refs: number[]): number[] {
  const missing = new Set<number>();
  for (const ref of refs) {
    const shard = loaded.docs[ref]?.[4];
    if (shard !== undefined && loaded.texts[ref] === undefined) missing.add(shard);
  }
  return [...missing];
}

/** Attaches a fetched shard's texts to its documents (the shard's documents, in ref order). */
export function addShard(loaded: LoadedSearch, shard: number, texts: TextShard): void {
  let i = 0;
  loaded.docs.forEach((doc, ref) => {
    if (doc[4] === shard) loaded.texts[ref] = texts[i++] ?? '';
  });
}
