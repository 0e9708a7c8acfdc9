import { loadLanguage } from '../../search/load-language.ts';
import {
  addShard,
  loadSearch,
  missingShards,
  searchAll,
  type LoadedSearch,
  type SearchAnswer,
  type SearchResult,
} from '../../search/query.ts';
import type { SearchIndexFile, TextShard } from '../../search/types.ts';
import { localeUrl } from '../../lib/url.ts';
import { documentLocale } from '../../i18n/locales.ts';
import { boxStringsOf, type BoxStrings } from './render.ts';

/**
 * The lazily loaded half of search: the query code (with lunr's stemmer) and the index arrive only
 * when a learner starts searching (this module is imported with `import()`, so it is its own chunk).
 */
let loading: Promise<LoadedSearch> | undefined;
/** The header box's words, from the index file (null until it has loaded, or when it lacks them). */
let ui: BoxStrings | null = null;
/** The page's language, read once: `<html lang>`. */
const locale = documentLocale();

/** Downloads and loads the index once per page; timings are left as performance measures. */
export function loadIndex(): Promise<LoadedSearch> {
  loading ??= (async () => {
    performance.mark('search:load-start');
    // The page's language picks the index (French pages search French content only) and the
    // stemmer, fetched side by side: French search's stemmer is its own chunk.
    const [response, lang] = await Promise.all([
      fetch(localeUrl('search-index.json', locale)),
      loadLanguage(locale),
    ]);
    if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
    const json = await response.text();
    // The load measure covers parsing too: with postings stored term by term, JSON.parse is most of it.
    performance.mark('search:parse-start');
    const file = JSON.parse(json) as SearchIndexFile & { ui?: unknown };
    ui = boxStringsOf(file.ui);
    const loaded = loadSearch(file, lang);
    performance.measure('search:index-load', 'search:parse-start');
    performance.measure('search:ready', 'search:load-start');
    return loaded;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const shardLoads = new Map<number, Promise<void>>();

/** The words the header box shows results with, once the index has loaded (null before, or if damaged). */
export function indexStrings(): BoxStrings | null {
  return ui;
}

/** Fetches the text shards the given results need for their snippets (each shard once). */
async function loadTexts(loaded: LoadedSearch, refs: number[]): Promise<void> {
  await Promise.all(
    missingShards(loaded, refs).map(async (n) => {
      let load = shardLoads.get(n);
      if (!load) {
        load = fetch(localeUrl(`search/text/${n}.json`, locale)).then(async (response) => {
          if (!response.ok) throw new Error(`search text ${n}: HTTP ${response.status}`);
          // Same-origin build output, but a damaged file must not break search: non-texts become ''.
          const json: unknown = await response.json();
          const texts: TextShard = Array.isArray(json)
            ? json.map((t: unknown) => (typeof t === 'string' ? t : ''))
            : [];
          addShard(loaded, n, texts);
        });
        shardLoads.set(n, load);
      }
      try {
        await load;
      } catch {
        // A failed shard is tried again by the next search; its results show without snippets.
        shardLoads.delete(n);
      }
    }),
  );
}

/**
 * Runs a query, fetches the text shards of the results `shown` picks (the first time they are
 * shown), and records a `search:query` measure: the query and the snippets of the shown results,
 * i.e. everything computed for what the learner will see (the download is not in it).
 */
export async function runQuery(
  loaded: LoadedSearch,
  query: string,
  limit: number,
  shown: (results: SearchResult[]) => SearchResult[] = (results) => results,
): Promise<SearchAnswer> {
  let start = performance.now();
  let answer = searchAll(loaded, query, { limit });
  const refs = shown(answer.results).map((r) => r.ref);
  if (missingShards(loaded, refs).length > 0) {
    await loadTexts(loaded, refs);
    start = performance.now();
    answer = searchAll(loaded, query, { limit });
  }
  for (const result of shown(answer.results)) void result.snippet;
  performance.measure('search:query', { start, end: performance.now() });
  return answer;
}

export { renderResult, renderSuggestion, type ResultStrings } from './render.ts';
