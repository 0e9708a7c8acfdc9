#!/usr/bin/env node
// Search benchmark (a report, not a test): index size raw and gzip, what the first search
// downloads (search chunk + index + the text shards of the results shown, per query: median and
// worst over the query list, in the header popup (8 results) and on the search page (5 per group);
// and as seen by the browser for the first query), index load and first-query time in Chromium with the CPU slowed 4x (CDP
// Emulation.setCPUThrottlingRate), and median query time, for the real course and for 10x content.
// Node figures: load split into JSON.parse and readIndex, the first pass over the queries (cold:
// terms decoded and snippet texts scanned for the first time) and the median of later passes, and
// for comparison lunr.Index.load and lunr's own query on the same index and clauses.
//   npm run bench:search          (builds the site into dist-bench/, needs Chromium like the e2e tests)
//   BENCH_SKIP_BUILD=1 npm run bench:search   (measures the site already in dist-bench/)
// Writes bench-results/search.json.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  rmSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { readCourse, readFrenchCourse } from '../src/search/content-files.ts';
import { courseDocuments } from '../src/search/documents.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { english, type SearchLanguage } from '../src/search/language.ts';
import { french } from '../src/search/french.ts';
import lunr from 'lunr';
import { unpackIndex } from '../src/search/codec.ts';
import {
  expandQuery,
  loadSearch,
  missingShards,
  parseQuery,
  search,
  type SearchResult,
} from '../src/search/query.ts';
import { groupPreview, groupResults } from '../src/components/search/groups.ts';
import type { SearchDocument, SearchIndexFile, TextShard } from '../src/search/types.ts';

const queries = [
  'art 29',
  'Article 29',
  'Art. 29(3)',
  'preserv',
  'presevation',
  'preservaton',
  'mla',
  'cgnat',
  '24/7',
  'dual criminality',
  'time zone',
  'subscriber information',
  'central authority',
  'jit',
  'provider',
  'emergency disclosure',
  'xyzzy',
];
/** The same needs in French, typed on /fr/search/ and in the header box of /fr/. */
const frenchQueries = [
  'art 29',
  "l'article 29",
  'art. 29, par. 2',
  'conserv',
  'conservation rapide',
  'conservaton',
  'entraide judiciaire',
  'ECE',
  'cgnat',
  'réseau 24/7',
  'double incrimination',
  'fuseau horaire',
  'donnees relatives aux abonnes',
  'autorite centrale',
  'fournisseur',
  'divulgation en urgence',
  'xyzzy',
];

/** What differs between the English and the French measurements. */
interface Bench {
  lang: SearchLanguage;
  queries: string[];
  /** Where the language's pages and search files are: "" or "fr/". */
  prefix: string;
  /** The search box's accessible name on that language's pages. */
  boxName: string;
}
const frenchLabels = JSON.parse(readFileSync('src/i18n/fr.json', 'utf8')) as Record<string, string>;
const benches = {
  en: { lang: english, queries, prefix: '', boxName: 'Search the course' },
  fr: {
    lang: french,
    queries: frenchQueries,
    prefix: 'fr/',
    boxName: frenchLabels['search.label'] ?? 'Search the course',
  },
} satisfies Record<string, Bench>;

const dir = 'dist-bench';
// BENCH_PORT: another run on the same machine (a shared one) may hold the default port.
const port = Number(process.env['BENCH_PORT'] ?? 4399);
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const gz = (text: string | Buffer): number => gzipSync(text).length;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** 10x content: each document ten times, every copy with its own variant of some words, so the vocabulary grows too. */
function tenfold(docs: SearchDocument[]): SearchDocument[] {
  return Array.from({ length: 10 }, (_, k) =>
    docs.map((d) => ({
      ...d,
      id: `${d.id}~${k}`,
      url: d.url.replace(/^(\w+\/[\w-]+)/, `$1-${k}`),
      body:
        k === 0
          ? d.body
          : d.body.replace(/\b([a-z]{6,})\b/g, (w, _w: string, at: number) =>
              at % 3 === 0 ? `${w}${'abcdefghij'[k] ?? ''}` : w,
            ),
    })),
  ).flat();
}

const time = (f: () => void): number => {
  const s = performance.now();
  f();
  return performance.now() - s;
};

/** Load and query timings in Node (no throttling), medians over repeated runs; lunr for comparison. */
function nodeTimings(
  json: string,
  shards: TextShard[],
  { lang, queries }: Bench = benches.en,
): {
  parseMs: number;
  loadMs: number;
  coldQueryMs: number;
  medianQueryMs: number;
  lunrLoadMs: number;
  lunrMedianQueryMs: number;
} {
  const parse: number[] = [];
  const load: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < 5; run++) {
    let file: SearchIndexFile | undefined;
    parse.push(time(() => (file = JSON.parse(json) as SearchIndexFile)));
    let loaded: ReturnType<typeof loadSearch> | undefined;
    load.push(time(() => (loaded = file && loadSearch(file, lang, shards))));
    if (!loaded) continue;
    const l = loaded;
    // First pass: each query's terms decoded and snippet texts scanned for the first time.
    cold.push(median(queries.map((q) => time(() => search(l, q, { limit: 8 })))));
    for (let pass = 0; pass < 3; pass++)
      for (const q of queries) warm.push(time(() => search(l, q, { limit: 8 })));
  }
  // lunr on the same index and the same clauses, to show what loading and querying it cost.
  const file = JSON.parse(json) as SearchIndexFile;
  const ours = loadSearch(file, lang);
  const lunrJson = unpackIndex(file.index);
  let index: lunr.Index | undefined;
  const lunrLoad = Array.from({ length: 3 }, () => time(() => (index = lunr.Index.load(lunrJson))));
  const lunrQuery: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const q of queries) {
      const clauses = expandQuery(ours.index, parseQuery(q, lang));
      lunrQuery.push(
        time(() =>
          index?.query((query) => {
            for (const c of clauses) {
              // A typo clause is the list of terms fuzzy.ts chose, scored like term clauses.
              if (c.kind === 'fuzzy') {
                for (const t of c.expands) {
                  query.term(ours.index.terms[t] ?? '', { usePipeline: false, boost: c.boost });
                }
                continue;
              }
              query.term(c.text, {
                usePipeline: false,
                boost: c.boost,
                ...(c.kind === 'prefix' ? { wildcard: lunr.Query.wildcard.TRAILING } : {}),
              });
            }
          }),
        ),
      );
    }
  }
  return {
    parseMs: median(parse),
    loadMs: median(load),
    coldQueryMs: median(cold),
    medianQueryMs: median(warm),
    lunrLoadMs: median(lunrLoad),
    lunrMedianQueryMs: median(lunrQuery),
  };
}

/**
 * The search chunk(s) the first search imports: the built JS files holding the lazily loaded client
 * (it records `search:index-load`) or the ported stemmer (its suffix table).
 */
function searchChunkBytes(which: 'en' | 'fr' = 'en'): { raw: number; gzip: number } {
  const assets = join(dir, '_assets');
  const files = readdirSync(assets).filter((f) => {
    if (!f.endsWith('.js')) return false;
    const text = readFileSync(join(assets, f), 'utf8');
    if (text.includes('search:index-load')) return true;
    // The stemmer chunk: lunr's Porter port (its suffix table has "ousness") or lunr-languages'
    // French stemmer (its stop list has "eussions").
    return text.includes(which === 'fr' ? 'eussions' : 'ousness');
  });
  return files.reduce(
    (sum, f) => {
      const text = readFileSync(join(assets, f));
      return { raw: sum.raw + text.length, gzip: sum.gzip + gz(text) };
    },
    { raw: 0, gzip: 0 },
  );
}

/**
 * What a first search downloads besides the search chunk, per query: the index and the text
 * shards of the results shown, in the popup (8 results) and on the search page (the first 5 of
 * each group of up to 100). Median and worst over the query list, gzip KB.
 */
function firstSearchBytes(
  json: string,
  shards: TextShard[],
  { lang, queries }: Bench = benches.en,
): { popupMedian: number; popupMax: number; pageMedian: number; pageMax: number } {
  const file = JSON.parse(json) as SearchIndexFile;
  const shardGz = shards.map((s) => gz(JSON.stringify(s)));
  const indexGz = gz(json);
  const bytes = (results: SearchResult[]): number => {
    const fresh = loadSearch(file, lang);
    const needed = missingShards(
      fresh,
      results.map((r) => r.ref),
    );
    return indexGz + needed.reduce((sum, n) => sum + (shardGz[n] ?? 0), 0);
  };
  const loaded = loadSearch(file, lang);
  const popup = queries.map((q) => bytes(search(loaded, q, { limit: 8 })));
  const page = queries.map((q) =>
    bytes(groupResults(search(loaded, q, { limit: 100 })).flatMap((g) => groupPreview(g.results))),
  );
  const kb = (n: number): number => +(n / 1024).toFixed(1);
  return {
    popupMedian: kb(median(popup)),
    popupMax: kb(Math.max(...popup)),
    pageMedian: kb(median(page)),
    pageMax: kb(Math.max(...page)),
  };
}

/**
 * Load, first-query and median query times in Chromium with the CPU slowed 4x, on the search page
 * (up to 100 results, each with its snippet) or in the header box's popup (8 results) on the home
 * page. The queries are typed three times: the first round meets every query (and most snippet
 * texts) for the first time, later rounds repeat them.
 */
async function browserTimings(
  where: 'page' | 'popup',
  { queries, prefix, boxName }: Bench = benches.en,
): Promise<{
  /** Gzip bytes of the JS and JSON the page fetched for its first search (after it loaded). */
  firstSearchBytes: number;
  loadMs: number;
  readyMs: number;
  firstQueryMs: number;
  firstRoundMedianMs: number;
  medianQueryMs: number;
}> {
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Index load: the median of five page loads that each search once (from a pasted link).
    const loads: number[] = [];
    const readies: number[] = [];
    for (let i = 0; i < (where === 'page' ? 5 : 0); i++) {
      await page.goto(`http://127.0.0.1:${port}/${prefix}search/?q=art%2029`);
      await page.waitForFunction(() => performance.getEntriesByName('search:query').length > 0);
      const [load, ready] = await page.evaluate(() => [
        performance.getEntriesByName('search:index-load')[0]?.duration ?? NaN,
        performance.getEntriesByName('search:ready')[0]?.duration ?? NaN,
      ]);
      loads.push(load ?? NaN);
      readies.push(ready ?? NaN);
    }
    await page.goto(`http://127.0.0.1:${port}/${prefix}${where === 'page' ? 'search/' : ''}`);
    await page.waitForLoadState('networkidle');
    // A fresh context: nothing of the search cached by the page loads above.
    const fetched: string[] = [];
    const record = (r: { url: () => string }): void => {
      const path = new URL(r.url()).pathname;
      if (/\.(js|json)$/.test(path)) fetched.push(path);
    };
    page.on('request', record);
    const input =
      where === 'page'
        ? page.getByRole('searchbox')
        : page.getByRole('combobox', { name: boxName });
    const count = (): Promise<number> =>
      page.evaluate(() => performance.getEntriesByName('search:query').length);
    const rounds = 3;
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const before = await count();
        // Clear first, so that repeating the list types each query afresh.
        if (round > 0 || q !== queries[0]) await input.fill('');
        await input.fill(q);
        await page.waitForFunction(
          (n) => performance.getEntriesByName('search:query').length > n,
          before,
        );
        if (round === 0 && q === queries[0]) page.off('request', record);
      }
    }
    const m = await page.evaluate(() => ({
      load: performance.getEntriesByName('search:index-load').map((e) => e.duration),
      ready: performance.getEntriesByName('search:ready').map((e) => e.duration),
      query: performance.getEntriesByName('search:query').map((e) => e.duration),
    }));
    const n = queries.length;
    const firstSearch = [...new Set(fetched)].reduce(
      (sum, path) => sum + gz(readFileSync(join(dir, decodeURIComponent(path)))),
      0,
    );
    return {
      firstSearchBytes: firstSearch,
      loadMs: median([...loads, m.load[0] ?? NaN]),
      readyMs: median([...readies, m.ready[0] ?? NaN]),
      firstQueryMs: m.query[0] ?? NaN,
      firstRoundMedianMs: median(m.query.slice(1, n)),
      medianQueryMs: median(m.query.slice(n)),
    };
  } finally {
    await browser.close();
  }
}

if (process.env['BENCH_SKIP_BUILD']) {
  console.log(`Reusing the site built earlier in ${dir}/ (BENCH_SKIP_BUILD).`);
} else {
  console.log(`Building the site into ${dir}/ …`);
  const build = spawnSync('npx', ['astro', 'build', '--outDir', dir], {
    env: { ...process.env, BASE_PATH: '/' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
copyFileSync(join(dir, 'search-index.json'), join(dir, 'search-index.1x.json'));
const textDir = join(dir, 'search', 'text');
if (existsSync(`${textDir}.1x`)) rmSync(`${textDir}.1x`, { recursive: true });
cpSync(textDir, `${textDir}.1x`, { recursive: true });
/** The course's text shards as built (search/text/<n>.json). */
function builtShards(): TextShard[] {
  const out: TextShard[] = [];
  for (let n = 0; existsSync(join(textDir, `${n}.json`)); n++) {
    out.push(JSON.parse(readFileSync(join(textDir, `${n}.json`), 'utf8')) as TextShard);
  }
  return out;
}

const docs = courseDocuments(readCourse());
const chunk = searchChunkBytes();
/** Serves dist-bench/ for one browser session (its stderr goes to bench-results/search-server.log). */
async function startServer(): Promise<ChildProcess> {
  mkdirSync('bench-results', { recursive: true });
  const log = openSync('bench-results/search-server.log', 'a');
  const child = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--dir', dir, '--port', String(port)],
    { stdio: ['ignore', 'ignore', log] },
  );
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
  }
  return child;
}

/** One browser session with its own server: a server that stops mid-run spoils only one session. */
async function session(
  where: 'page' | 'popup',
  bench: Bench = benches.en,
): ReturnType<typeof browserTimings> {
  const server = await startServer();
  try {
    return await browserTimings(where, bench);
  } finally {
    server.kill();
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** One row of the table: sizes, first-search bytes and timings of one built index. */
async function measure(
  label: string,
  documents: number,
  json: string,
  shards: TextShard[],
  bench: Bench,
  chunkBytes: { gzip: number },
) {
  const node = nodeTimings(json, shards, bench);
  const bytes = firstSearchBytes(json, shards, bench);
  const browser = await session('page', bench);
  const popup = await session('popup', bench);
  const chunkKB = chunkBytes.gzip / 1024;
  return {
    content: label,
    documents,
    indexRawKB: +(json.length / 1024).toFixed(1),
    indexGzipKB: +(gz(json) / 1024).toFixed(1),
    shards: shards.length,
    shardMaxGzipKB: +(Math.max(...shards.map((s) => gz(JSON.stringify(s)))) / 1024).toFixed(1),
    firstSearchPopupMedianKB: +(bytes.popupMedian + chunkKB).toFixed(1),
    firstSearchPopupMaxKB: +(bytes.popupMax + chunkKB).toFixed(1),
    firstSearchPageMedianKB: +(bytes.pageMedian + chunkKB).toFixed(1),
    firstSearchPageMaxKB: +(bytes.pageMax + chunkKB).toFixed(1),
    browserFirstSearchPopupKB: +(popup.firstSearchBytes / 1024).toFixed(1),
    browserFirstSearchPageKB: +(browser.firstSearchBytes / 1024).toFixed(1),
    loadMs4x: +browser.loadMs.toFixed(1),
    fetchAndLoadMs4x: +browser.readyMs.toFixed(1),
    firstQueryMs4x: +browser.firstQueryMs.toFixed(2),
    firstRoundMedianMs4x: +browser.firstRoundMedianMs.toFixed(2),
    medianQueryMs4x: +browser.medianQueryMs.toFixed(2),
    popupFirstRoundMedianMs4x: +popup.firstRoundMedianMs.toFixed(2),
    popupMedianQueryMs4x: +popup.medianQueryMs.toFixed(2),
    nodeParseMs: +node.parseMs.toFixed(2),
    nodeLoadMs: +node.loadMs.toFixed(3),
    nodeColdQueryMs: +node.coldQueryMs.toFixed(3),
    nodeMedianQueryMs: +node.medianQueryMs.toFixed(3),
    lunrLoadMs: +node.lunrLoadMs.toFixed(1),
    lunrMedianQueryMs: +node.lunrMedianQueryMs.toFixed(3),
  };
}

const rows = [];
try {
  for (const [label, set] of [
    ['course', docs],
    ['10x', tenfold(docs)],
  ] as const) {
    const built = label === 'course' ? undefined : buildSearchIndex(set, english);
    const json = built
      ? JSON.stringify(built.file)
      : readFileSync(join(dir, 'search-index.json'), 'utf8');
    const shards = built ? built.shards : builtShards();
    if (built) {
      writeFileSync(join(dir, 'search-index.json'), json);
      rmSync(textDir, { recursive: true });
      mkdirSync(textDir, { recursive: true });
      shards.forEach((s, n) => writeFileSync(join(textDir, `${n}.json`), JSON.stringify(s)));
    }
    rows.push(await measure(label, set.length, json, shards, benches.en, chunk));
  }
} finally {
  copyFileSync(join(dir, 'search-index.1x.json'), join(dir, 'search-index.json'));
  rmSync(textDir, { recursive: true, force: true });
  cpSync(`${textDir}.1x`, textDir, { recursive: true });
}

// French: the French index as built (fr/search-index.json, fr/search/text/), French queries on
// French pages; the search chunk adds lunr-languages' French stemmer.
const frenchChunk = searchChunkBytes('fr');
const frenchShards: TextShard[] = [];
for (let n = 0; existsSync(join(dir, 'fr', 'search', 'text', `${n}.json`)); n++) {
  frenchShards.push(
    JSON.parse(readFileSync(join(dir, 'fr', 'search', 'text', `${n}.json`), 'utf8')) as TextShard,
  );
}
rows.push(
  await measure(
    'course (fr)',
    courseDocuments(readFrenchCourse().sources).length,
    readFileSync(join(dir, 'fr', 'search-index.json'), 'utf8'),
    frenchShards,
    benches.fr,
    frenchChunk,
  ),
);

console.log(
  `\nSearch chunk (query code + stemmer): ${(chunk.raw / 1024).toFixed(1)} KB raw, ${(chunk.gzip / 1024).toFixed(1)} KB gzip` +
    `; French (with lunr-languages' stemmer): ${(frenchChunk.raw / 1024).toFixed(1)} KB raw, ${(frenchChunk.gzip / 1024).toFixed(1)} KB gzip`,
);
console.table(rows);
// The two goals of issue 19, course content, in one line each.
const course = rows[0];
if (course) {
  const pagefindKB = 117.7;
  const worstKB = Math.max(course.browserFirstSearchPopupKB, course.browserFirstSearchPageKB);
  const worstMs = Math.max(course.medianQueryMs4x, course.popupMedianQueryMs4x);
  console.log(
    `First search download: ${worstKB} KB = ${((worstKB / pagefindKB) * 100).toFixed(0)} % of Pagefind's ${pagefindKB} KB (goal <= 50 %): ${worstKB <= pagefindKB / 2 ? 'met' : 'NOT met'}.\n` +
      `Median query at 4x CPU: page ${course.medianQueryMs4x} ms, popup ${course.popupMedianQueryMs4x} ms (goal < 1 ms): ${worstMs < 1 ? 'met' : 'NOT met'}.`,
  );
}
console.log(
  "Targets: first search <= 58.8 KB gzip (half of Pagefind's 117.7 KB); index load < 50 ms at\n" +
    '4x CPU; median query < 1 ms at 4x CPU.\n' +
    'firstSearch*KB: search chunk + index + text shards of the results shown (popup: 8 results;\n' +
    'page: 5 per group), median and worst over the queries; browserFirstSearch*KB: the JS and JSON\n' +
    'the browser fetched for the first query (art 29), gzip sizes of those files.\n' +
    'loadMs4x: JSON.parse + readIndex in the page, median of 6 page loads; fetchAndLoadMs4x adds\n' +
    'the download (local server, HTTP cache allowed).\n' +
    'Search page (up to 100 results with snippets): firstRoundMedianMs4x = each query typed the first\n' +
    'time, medianQueryMs4x = typed again; popup* = the same in the header box (8 results).\n' +
    'Node (8 results): nodeLoadMs = readIndex after JSON.parse\n' +
    '(nodeParseMs); nodeColdQueryMs = median of the first pass; lunr* = lunr.Index.load and\n' +
    "lunr's own query on the same index and clauses, for comparison.",
);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/search.json',
  `${JSON.stringify({ date: new Date().toISOString(), cpuThrottling: 4, queries, frenchQueries, searchChunk: chunk, frenchSearchChunk: frenchChunk, rows }, null, 2)}\n`,
);
console.log('Wrote bench-results/search.json');
