#!/usr/bin/env node
// `npm run bench`: the project's speed and weight report (not a test). Builds the site, then:
//   1. bytes per page type on the wire (HTML, CSS, JS; raw and gzip; request count), in Chromium,
//      and every module and scenario page's first load against the issue 13 budgets (bench-bytes);
//   2. Lighthouse, mobile and desktop presets, median of 3 runs per page;
//   3. the search, engine and workshop benchmarks (their own scripts);
//   4. build time for the real content and for 10x generated content.
// Prints tables and writes bench-results/bench.json. BENCH_LIGHTHOUSE_RUNS=1 for a quick look.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { buildSite, makeTempSite } from './temp-site.mjs';
import { report as firstLoadReport } from './bench-bytes.mjs';

const root = resolve(import.meta.dirname, '..');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = 4399;
const origin = `http://127.0.0.1:${port}/`;
const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const pages = [
  { name: 'home', path: '' },
  { name: 'module (with quiz)', path: 'modules/preservation-and-the-24-7-network/' },
  // Every published scenario page: each is held to the player budgets below.
  ...readdirSync(join(root, 'content/scenarios'))
    .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_'))
    .map((n) => n.replace(/\.ya?ml$/, ''))
    .map((id) => ({ name: `scenario ${id}`, path: `scenarios/${id}/` })),
  { name: 'search', path: 'search/?q=preservation' },
  { name: 'request builder', path: 'templates/preservation/' },
  { name: 'instructor dashboard', path: 'instructor/debrief/' },
];
const report = {
  date: new Date().toISOString(),
  pages: {},
  lighthouse: {},
  build: {},
  benches: {},
};

function timedBuild(cwd, outDir) {
  const result = buildSite(cwd, ['--outDir', outDir]);
  if (result.status !== 0) throw new Error(`build failed in ${cwd}:\n${result.output}`);
  return result.ms;
}

/** A copy of the site with every module and scenario repeated ten times under new names. */
function tenfoldSite() {
  const dir = makeTempSite({ prefix: 'cca-bench-10x-' });
  const modules = join(dir, 'content/modules');
  const originals = readdirSync(modules).filter((n) => n.endsWith('.mdx') && !n.startsWith('_'));
  for (let copy = 1; copy < 10; copy++) {
    for (const name of originals) {
      const text = readFileSync(join(modules, name), 'utf8').replace(
        /^order: (\d+)/m,
        (_, n) => `order: ${Number(n) + copy * 100}`,
      );
      writeFileSync(join(modules, name.replace('.mdx', `-copy-${copy}.mdx`)), text);
    }
  }
  const scenarios = join(dir, 'content/scenarios');
  const yamls = readdirSync(scenarios).filter((n) => n.endsWith('.yaml') && !n.startsWith('_'));
  for (let copy = 1; copy < 10; copy++) {
    for (const name of yamls) {
      const id = name.replace('.yaml', '');
      const text = readFileSync(join(scenarios, name), 'utf8').replace(
        new RegExp(`^id: ${id}$`, 'm'),
        `id: ${id}-copy-${copy}`,
      );
      writeFileSync(join(scenarios, `${id}-copy-${copy}.yaml`), text);
    }
  }
  return dir;
}

async function measureBytes() {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
  for (const p of pages) {
    const page = await browser.newPage();
    const files = [];
    page.on('response', (r) => {
      void r
        .body()
        .then((body) =>
          files.push({
            url: r.url(),
            type: r.request().resourceType(),
            raw: body.length,
            gzip: gzipSync(body, { level: 6 }).length,
          }),
        )
        .catch(() => undefined);
    });
    const response = await page.goto(origin + p.path, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) {
      report.pages[p.name] = { missing: true };
      await page.close();
      continue;
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    const sum = (type, key) =>
      files
        .filter(
          (f) =>
            type === 'all' ||
            f.type === type ||
            (type === 'other' && !['document', 'stylesheet', 'script'].includes(f.type)),
        )
        .reduce((s, f) => s + f[key], 0);
    report.pages[p.name] = {
      requests: files.length,
      html: { raw: sum('document', 'raw'), gzip: sum('document', 'gzip') },
      css: { raw: sum('stylesheet', 'raw'), gzip: sum('stylesheet', 'gzip') },
      js: { raw: sum('script', 'raw'), gzip: sum('script', 'gzip') },
      other: { raw: sum('other', 'raw'), gzip: sum('other', 'gzip') },
      total: { raw: sum('all', 'raw'), gzip: sum('all', 'gzip') },
    };
    await page.close();
  }
  await browser.close();
}

async function runLighthouse() {
  let lighthouse, launch, desktopConfig;
  try {
    lighthouse = (await import('lighthouse')).default;
    ({ launch } = await import('chrome-launcher'));
    desktopConfig = (await import('lighthouse/core/config/desktop-config.js')).default;
  } catch {
    console.log('Lighthouse is not installed: skipping scores.');
    return;
  }
  const chrome = await launch({ chromePath, chromeFlags });
  try {
    for (const p of pages) {
      if (report.pages[p.name]?.missing) continue;
      for (const [preset, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ]) {
        const results = [];
        for (let i = 0; i < runs; i++) {
          const r = await lighthouse(
            origin + p.path,
            { port: chrome.port, output: 'json', logLevel: 'error' },
            config,
          );
          const c = r.lhr.categories;
          results.push({
            performance: Math.round(c.performance.score * 100),
            accessibility: Math.round(c.accessibility.score * 100),
            bestPractices: Math.round(c['best-practices'].score * 100),
            seo: Math.round(c.seo.score * 100),
            lcp: Math.round(r.lhr.audits['largest-contentful-paint'].numericValue),
            tbt: Math.round(r.lhr.audits['total-blocking-time'].numericValue),
          });
        }
        const median = (key) =>
          results.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
        report.lighthouse[`${p.name} (${preset})`] = Object.fromEntries(
          Object.keys(results[0]).map((k) => [k, median(k)]),
        );
      }
    }
  } finally {
    chrome.kill();
  }
}

function runBench(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  const file = join(root, 'bench-results', `${script.replace('bench:', '')}.json`);
  report.benches[script] =
    result.status === 0 && existsSync(file)
      ? JSON.parse(readFileSync(file, 'utf8'))
      : { failed: true };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
mkdirSync(join(root, 'bench-results'), { recursive: true });

console.log('▶ building the real course');
const outDir = join(root, 'dist-bench');
rmSync(outDir, { recursive: true, force: true });
report.build.realMs = timedBuild(root, outDir);
console.log('▶ building 10x generated content');
const big = tenfoldSite();
try {
  report.build.tenfoldMs = timedBuild(big, join(big, 'dist'));
} finally {
  rmSync(big, { recursive: true, force: true });
}

const server = spawn(
  process.execPath,
  [join(root, 'scripts/serve.mjs'), '--dir', outDir, '--port', String(port)],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 800));
try {
  console.log('▶ bytes per page type');
  await measureBytes();
  console.log(`▶ Lighthouse (${runs} run(s) per page and preset)`);
  await runLighthouse();
} finally {
  server.kill();
}
for (const script of ['bench:search', 'bench:engine', 'bench:workshop']) {
  console.log(`▶ ${script}`);
  runBench(script);
}
// Issue 14's measure (best path, first option with empty drafts, random play) over 50 seeds.
console.log('▶ bench:policies');
report.benches['bench:policies'] = {
  ok:
    spawnSync('npm', ['run', '--silent', 'bench:policies'], { cwd: root, stdio: 'inherit' })
      .status === 0,
};

console.log('\nBytes on the wire (gzip level 6)');
console.table(
  Object.fromEntries(
    Object.entries(report.pages).map(([name, p]) => [
      name,
      p.missing
        ? { missing: 'page not built' }
        : {
            requests: p.requests,
            html: kb(p.html.gzip),
            css: kb(p.css.gzip),
            js: kb(p.js.gzip),
            'total gzip': kb(p.total.gzip),
            'total raw': kb(p.total.raw),
          },
    ]),
  ),
);
// Issue 13 budgets: every scenario page with its case data, and the player's JavaScript.
const PAGE_BUDGET = 85 * 1024;
const JS_BUDGET = 60 * 1024;
const scenarioPages = Object.entries(report.pages).filter(
  ([name, p]) => name.startsWith('scenario ') && !p.missing,
);
if (scenarioPages.length > 0) {
  const worstPage = Math.max(...scenarioPages.map(([, p]) => p.total.gzip));
  const worstJs = Math.max(...scenarioPages.map(([, p]) => p.js.gzip));
  report.budgets = { scenarioPageGzip: worstPage, playerJsGzip: worstJs };
  console.log(
    `Scenario pages: largest ${kb(worstPage)} gzip (budget ${kb(PAGE_BUDGET)}); ` +
      `player JavaScript ${kb(worstJs)} gzip (budget ${kb(JS_BUDGET)})`,
  );
}
// Every module and scenario page (issue 13 budgets), counted from the build: scripts/bench-bytes.mjs.
report.firstLoad = Object.fromEntries(
  Object.entries(firstLoadReport(outDir)).map(([page, w]) => [
    page,
    { total: w.total, html: w.html, css: w.css, js: w.js },
  ]),
);
if (Object.keys(report.lighthouse).length > 0) {
  console.log(`Lighthouse (median of ${runs})`);
  console.table(report.lighthouse);
}
console.log('Build time');
console.table({
  'real course': `${report.build.realMs} ms`,
  '10x content': `${report.build.tenfoldMs} ms`,
});
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(report, null, 2));
console.log('Written to bench-results/bench.json');
