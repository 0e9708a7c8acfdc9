import { english } from '../../search/language.ts';
import {
  loadSearch,
  searchAll,
  type LoadedSearch,
  type SearchAnswer,
  type SearchResult,
} from '../../search/query.ts';
import type { SearchIndexFile } from '../../search/types.ts';
import { url } from '../../lib/url.ts';

/**
 * The lazily loaded half of search: the query code (with lunr's stemmer) and the index arrive only
 * when a learner starts searching (this module is imported with `import()`, so it is its own chunk).
 */
let loading: Promise<LoadedSearch> | undefined;

/** Downloads and loads the index once per page; timings are left as performance measures. */
export function loadIndex(): Promise<LoadedSearch> {
  loading ??= (async () => {
    performance.mark('search:load-start');
    const response = await fetch(url('search-index.json'));
    if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
    const json = await response.text();
    // The load measure covers parsing too: with postings stored term by term, JSON.parse is most of it.
    performance.mark('search:parse-start');
    const loaded = loadSearch(JSON.parse(json) as SearchIndexFile, english);
    performance.measure('search:index-load', 'search:parse-start');
    performance.measure('search:ready', 'search:load-start');
    return loaded;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Runs a query and records a `search:query` measure that ends once the snippets of the results
 * `shown` picks are made, i.e. when everything the learner will see is computed.
 */
export function runQuery(
  loaded: LoadedSearch,
  query: string,
  limit: number,
  shown: (results: SearchResult[]) => SearchResult[] = (results) => results,
): SearchAnswer {
  const start = performance.now();
  const answer = searchAll(loaded, query, { limit });
  for (const result of shown(answer.results)) void result.snippet;
  performance.measure('search:query', { start, end: performance.now() });
  return answer;
}

export { renderResult, renderSuggestion, type ResultStrings } from './render.ts';
