import type { PackedIndex } from './codec.ts';

/** Kinds of searchable things. Glossary terms and request templates plug in with one builder each. */
export type DocType = 'module' | 'section' | 'glossary' | 'template' | 'scenario';

/**
 * One searchable document, before indexing. Every source (modules, scenarios, later the glossary
 * and request templates) is turned into these by a small builder in documents.ts.
 */
export interface SearchDocument {
  /** Stable id, unique across types, e.g. `section:channels-of-cooperation#the-247-network`. */
  id: string;
  type: DocType;
  /** Name of the hit: module title, section heading, scenario title, glossary term. */
  title: string;
  /** Where the hit lives, shown under the title (e.g. the module of a section). */
  section?: string;
  /** Site-relative URL without the base path, e.g. `modules/why/#volatile-evidence`. */
  url: string;
  /** Sub-headings inside the document (weighted between title and body). */
  headings?: string[];
  /** Plain text (Markdown and MDX syntax already stripped). */
  body: string;
}

/**
 * What the client keeps per document to render a result: [type, title, section, url, shard].
 * A tuple, not an object, because key names repeated per document would cost bytes on slow links.
 * The text for snippets is not here: it lives in text shards (`search-text/<shard>.json`), fetched
 * only for the results shown.
 */
export type StoredDocument = [
  type: DocType,
  title: string,
  section: string,
  url: string,
  shard: number,
];

/** One text shard: the stored texts of its documents, in ref order. */
export type TextShard = string[];

/** The file emitted at build time (search-index.json). */
export interface SearchIndexFile {
  /** Format version; bump when the shape changes. */
  v: 3;
  /** Language code of the configuration used to build it (stemmer, stop words). */
  lang: string;
  /** Documents by ref (the ref is the position in this array). */
  docs: StoredDocument[];
  /** The index, packed term by term (no term positions, no duplicated postings, no weights). */
  index: PackedIndex;
}

/** Everything the build writes: the index and its text shards. */
export interface SearchBuild {
  file: SearchIndexFile;
  shards: TextShard[];
}
