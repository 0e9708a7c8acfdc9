#!/usr/bin/env node
// Search benchmark (a report, not a test): index size raw and gzip, what the first search
// downloads, index load and first-query time in Chromium with the CPU slowed 4x (CDP
// Emulation.setCPUThrottlingRate), and median query time, for the real course and for 10x content.
//   npm run bench:search          (builds the site into dist-bench/, needs Chromium like the e2e tests)
// Writes bench-results/search.json.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { readCourse } from '../src/search/content-files.ts';
import { courseDocuments } from '../src/search/documents.ts';
import { buildWithinBudget } from '../src/search/build-index.ts';
import { english } from '../src/search/language.ts';
import { loadSearch, search } from '../src/search/query.ts';
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
const budget = 56 * 1024;
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

/** Load and query timings in Node (no throttling). */
function nodeTimings(json: string): { loadMs: number; medianQueryMs: number } {
  const t0 = performance.now();
  const loaded = loadSearch(JSON.parse(json) as SearchIndexFile, english);
  const loadMs = performance.now() - t0;
  for (const q of queries) search(loaded, q, { limit: 8 }); // warm up
  const times = queries.flatMap((q) =>
    Array.from({ length: 5 }, () => {
      const s = performance.now();
      search(loaded, q, { limit: 8 });
      return performance.now() - s;
    }),
  );
  return { loadMs, medianQueryMs: median(times) };
}

/** The search chunk(s) the first search imports: the built JS files that contain lunr. */
function searchChunkBytes(): { raw: number; gzip: number } {
  const assets = join(dir, '_assets');
  const files = readdirSync(assets).filter(
    (f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('lunr'),
  );
  return files.reduce(
    (sum, f) => {
      const text = readFileSync(join(assets, f));
      return { raw: sum.raw + text.length, gzip: sum.gzip + gz(text) };
    },
    { raw: 0, gzip: 0 },
  );
}

/** Load, first-query and median query times in Chromium with the CPU slowed 4x. */
async function browserTimings(): Promise<{
  loadMs: number;
  readyMs: number;
  firstQueryMs: number;
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
    await page.goto(`http://127.0.0.1:${port}/search/`);
    const input = page.getByRole('searchbox');
    await input.fill(queries[0] ?? '');
    await page.waitForFunction(() => performance.getEntriesByName('search:query').length > 0);
    for (const q of queries.slice(1)) {
      const before = await page.evaluate(() => performance.getEntriesByName('search:query').length);
      await input.fill(q);
      await page.waitForFunction(
        (n) => performance.getEntriesByName('search:query').length > n,
        before,
      );
    }
    const m = await page.evaluate(() => ({
      load: performance.getEntriesByName('search:index-load').map((e) => e.duration),
      ready: performance.getEntriesByName('search:ready').map((e) => e.duration),
      query: performance.getEntriesByName('search:query').map((e) => e.duration),
    }));
    return {
      loadMs: m.load[0] ?? NaN,
      readyMs: m.ready[0] ?? NaN,
      firstQueryMs: m.query[0] ?? NaN,
      medianQueryMs: median(m.query.slice(1)),
    };
  } finally {
    await browser.close();
  }
}

console.log(`Building the site into ${dir}/ …`);
const build = spawnSync('npx', ['astro', 'build', '--outDir', dir], {
  env: { ...process.env, BASE_PATH: '/' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);
copyFileSync(join(dir, 'search-index.json'), join(dir, 'search-index.1x.json'));

const docs = courseDocuments(readCourse());
const chunk = searchChunkBytes();
const server = spawn(
  process.execPath,
  ['scripts/serve.mjs', '--dir', dir, '--port', String(port)],
  {
    stdio: 'ignore',
  },
);
await new Promise((r) => setTimeout(r, 800));
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
    const browser = await browserTimings();
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
      medianQueryMs4x: +browser.medianQueryMs.toFixed(2),
      nodeLoadMs: +node.loadMs.toFixed(1),
      nodeMedianQueryMs: +node.medianQueryMs.toFixed(3),
    });
  }
} finally {
  copyFileSync(join(dir, 'search-index.1x.json'), join(dir, 'search-index.json'));
  server.kill();
}

console.log(
  `\nSearch chunk (lunr + query code): ${(chunk.raw / 1024).toFixed(1)} KB raw, ${(chunk.gzip / 1024).toFixed(1)} KB gzip`,
);
console.table(rows);
console.log(
  'Targets: first search < 70 KB gzip; index load < 50 ms at 4x CPU; median query < 1 ms.',
);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/search.json',
  `${JSON.stringify({ date: new Date().toISOString(), cpuThrottling: 4, queries, searchChunk: chunk, rows }, null, 2)}\n`,
);
console.log('Wrote bench-results/search.json');
