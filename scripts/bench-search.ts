#!/usr/bin/env node
// Search benchmark (a report, not a test): index size raw and gzip, what the first search
// downloads, index load and first-query time in Chromium with the CPU slowed 4x (CDP
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
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { readCourse } from '../src/search/content-files.ts';
import { courseDocuments } from '../src/search/documents.ts';
import { buildWithinBudget, indexBudget as budget } from '../src/search/build-index.ts';
import { english } from '../src/search/language.ts';
import lunr from 'lunr';
import { unpackIndex } from '../src/search/codec.ts';
import { expandQuery, loadSearch, parseQuery, search } from '../src/search/query.ts';
import type { SearchDocument, SearchIndexFile } from '../src/search/types.ts';

const queries = [
  'art 29',
  'Article 29',
  'Art. 29(3)',
  'preserv',
  'presevation',
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
const dir = 'dist-bench';
const port = 4399;
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
function nodeTimings(json: string): {
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
    load.push(time(() => (loaded = file && loadSearch(file, english))));
    if (!loaded) continue;
    const l = loaded;
    // First pass: each query's terms decoded and snippet texts scanned for the first time.
    cold.push(median(queries.map((q) => time(() => search(l, q, { limit: 8 })))));
    for (let pass = 0; pass < 3; pass++)
      for (const q of queries) warm.push(time(() => search(l, q, { limit: 8 })));
  }
  // lunr on the same index and the same clauses, to show what loading and querying it cost.
  const file = JSON.parse(json) as SearchIndexFile;
  const ours = loadSearch(file, english);
  const lunrJson = unpackIndex(file.index);
  let index: lunr.Index | undefined;
  const lunrLoad = Array.from({ length: 3 }, () => time(() => (index = lunr.Index.load(lunrJson))));
  const lunrQuery: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const q of queries) {
      const clauses = expandQuery(ours.index, parseQuery(q, english));
      lunrQuery.push(
        time(() =>
          index?.query((query) => {
            for (const c of clauses) {
              query.term(c.text, {
                usePipeline: false,
                boost: c.boost,
                ...(c.kind === 'prefix' ? { wildcard: lunr.Query.wildcard.TRAILING } : {}),
                ...(c.kind === 'fuzzy' ? { editDistance: 1 } : {}),
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
function searchChunkBytes(): { raw: number; gzip: number } {
  const assets = join(dir, '_assets');
  const files = readdirSync(assets).filter((f) => {
    if (!f.endsWith('.js')) return false;
    const text = readFileSync(join(assets, f), 'utf8');
    return text.includes('search:index-load') || text.includes('ousness');
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
 * Load, first-query and median query times in Chromium with the CPU slowed 4x, on the search page
 * (up to 100 results, each with its snippet) or in the header box's popup (8 results) on the home
 * page. The queries are typed three times: the first round meets every query (and most snippet
 * texts) for the first time, later rounds repeat them.
 */
async function browserTimings(where: 'page' | 'popup'): Promise<{
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
      await page.goto(`http://127.0.0.1:${port}/search/?q=art%2029`);
      await page.waitForFunction(() => performance.getEntriesByName('search:query').length > 0);
      const [load, ready] = await page.evaluate(() => [
        performance.getEntriesByName('search:index-load')[0]?.duration ?? NaN,
        performance.getEntriesByName('search:ready')[0]?.duration ?? NaN,
      ]);
      loads.push(load ?? NaN);
      readies.push(ready ?? NaN);
    }
    await page.goto(`http://127.0.0.1:${port}/${where === 'page' ? 'search/' : ''}`);
    const input =
      where === 'page'
        ? page.getByRole('searchbox')
        : page.getByRole('combobox', { name: 'Search the course' });
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
      }
    }
    const m = await page.evaluate(() => ({
      load: performance.getEntriesByName('search:index-load').map((e) => e.duration),
      ready: performance.getEntriesByName('search:ready').map((e) => e.duration),
      query: performance.getEntriesByName('search:query').map((e) => e.duration),
    }));
    const n = queries.length;
    return {
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
async function session(where: 'page' | 'popup'): ReturnType<typeof browserTimings> {
  const server = await startServer();
  try {
    return await browserTimings(where);
  } finally {
    server.kill();
    await new Promise((r) => setTimeout(r, 300));
  }
}

const rows = [];
try {
  for (const [label, set] of [
    ['course', docs],
    ['10x', tenfold(docs)],
  ] as const) {
    const built = buildWithinBudget(set, english, budget, (j) => gz(j));
    const json =
      label === 'course' ? readFileSync(join(dir, 'search-index.json'), 'utf8') : built.json;
    writeFileSync(join(dir, 'search-index.json'), json);
    const node = nodeTimings(json);
    const browser = await session('page');
    const popup = await session('popup');
    rows.push({
      content: label,
      documents: set.length,
      indexRawKB: +(json.length / 1024).toFixed(1),
      indexGzipKB: +(gz(json) / 1024).toFixed(1),
      snippetChars:
        label === 'course'
          ? (JSON.parse(json) as SearchIndexFile).docs.reduce((m, d) => Math.max(m, d[4].length), 0)
          : built.textLength,
      firstSearchGzipKB: +((gz(json) + chunk.gzip) / 1024).toFixed(1),
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
    });
  }
} finally {
  copyFileSync(join(dir, 'search-index.1x.json'), join(dir, 'search-index.json'));
}

console.log(
  `\nSearch chunk (query code + stemmer): ${(chunk.raw / 1024).toFixed(1)} KB raw, ${(chunk.gzip / 1024).toFixed(1)} KB gzip`,
);
console.table(rows);
console.log(
  'Targets: first search < 70 KB gzip; index load < 50 ms at 4x CPU; median query < 1 ms.\n' +
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
  `${JSON.stringify({ date: new Date().toISOString(), cpuThrottling: 4, queries, searchChunk: chunk, rows }, null, 2)}\n`,
);
console.log('Wrote bench-results/search.json');
