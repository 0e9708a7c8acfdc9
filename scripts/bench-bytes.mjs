#!/usr/bin/env node
// `npm run bench:bytes`: page weight at a glance (issue 13 budgets), without a browser. Builds the
// site once (or weighs an existing build: `--dist <folder>`), then prints per page the gzip size
// (level 6) of what its first load fetches: the HTML, its stylesheets and icon, its module scripts,
// its islands' code and everything they import statically. Code imported lazily (the debrief, the
// drafting form, the search index) is not counted: it loads on use. The browser measure in
// e2e/budgets.spec.ts is the reference; this count is within about 0.3 KB of it.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite } from './temp-site.mjs';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;
/** Issue 13: module pages, scenario pages with their case data, the player's JavaScript. */
export const goals = { module: 26 * KB, scenario: 85 * KB, playerJs: 60 * KB };

const gz = (bytes) => gzipSync(bytes, { level: 6 }).length;

/** What a page's first load fetches, file by file (gzip bytes), from a built site. */
export function pageWeight(dist, page) {
  const html = readFileSync(join(dist, page, 'index.html'));
  const files = new Map([['(html)', { kind: 'html', bytes: gz(html) }]]);
  const text = html.toString();
  const base = /<link rel="icon" href="([^"]*?)favicon\.svg"/.exec(text)?.[1] ?? '/';
  const add = (href, kind) => {
    if (!href.startsWith(base)) return;
    const path = join(dist, href.slice(base.length).split(/[?#]/)[0] ?? '');
    if (files.has(path) || !existsSync(path)) return;
    const body = readFileSync(path);
    files.set(path, { kind, bytes: gz(body) });
    if (kind !== 'js') return;
    // Static imports only: `import("./x.js")` is lazy and loads on use.
    for (const m of body.toString().matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)) {
      add(base + join(dirname(path), m[1]).slice(dist.length + 1), 'js');
    }
  };
  for (const m of text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) add(m[1], 'css');
  for (const m of text.matchAll(/<link rel="icon" href="([^"]+)"/g)) add(m[1], 'other');
  for (const m of text.matchAll(/<script type="module" src="([^"]+)"/g)) add(m[1], 'js');
  for (const m of text.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) add(m[1], 'js');
  // The player's case file, which it fetches as it hydrates (counted with the page: issue 13).
  for (const m of text.matchAll(/caseData&quot;:\[0,&quot;([^&]+)&quot;/g)) add(m[1], 'data');
  const sum = (kind) =>
    [...files.values()].filter((f) => !kind || f.kind === kind).reduce((s, f) => s + f.bytes, 0);
  // What pressing Start adds (scenario pages): the chunks the player imports for a run, with
  // everything they import statically. Restoring, workshops and search load other chunks on use.
  let runJs = 0;
  const run = new Set();
  const addRun = (path) => {
    if (files.has(path) || run.has(path) || !existsSync(path)) return;
    run.add(path);
    const body = readFileSync(path);
    runJs += gz(body);
    for (const m of body.toString().matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g))
      addRun(join(dirname(path), m[1]));
  };
  for (const [path, f] of files) {
    if (f.kind !== 'js') continue;
    const body = readFileSync(path).toString();
    for (const m of body.matchAll(/import\([`"](\.\/(?:[^`"/]+)\.js)[`"]\)/g))
      if (/^\.\/(simulator|DraftForm|Debrief|analysis-runtime)\./.test(m[1] ?? ''))
        addRun(join(dirname(path), m[1] ?? ''));
  }
  return {
    total: sum(),
    html: sum('html'),
    data: sum('data'),
    css: sum('css'),
    js: sum('js'),
    runJs: runJs ? sum('js') + runJs : 0,
    files: files.size,
  };
}

/** Every published page of a kind: `modules` or `scenarios` (the folders of the built site). */
function pagesUnder(dist, folder) {
  return readdirSync(join(dist, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, folder, d.name, 'index.html')))
    .map((d) => `${folder}/${d.name}`);
}

/** Weighs the main pages of a built site, in every language, and prints a table and the budget lines. */
export function report(dist) {
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  // The module and scenario pages of every language (French under fr/), then a few other pages.
  const languages = ['', ...(existsSync(join(dist, 'fr')) ? ['fr/'] : [])];
  const pages = [
    '',
    ...languages.flatMap((lang) => [
      ...pagesUnder(dist, `${lang}modules`),
      ...pagesUnder(dist, `${lang}scenarios`),
    ]),
    'templates/preservation',
    'instructor/debrief',
    'progress',
  ];
  const rows = Object.fromEntries(
    pages.map((p) => {
      const w = pageWeight(dist, p);
      const row = { html: kb(w.html), data: kb(w.data), css: kb(w.css), js: kb(w.js) };
      return [p || '(home)', { ...w, row }];
    }),
  );
  console.log('First load per page, gzip level 6 (lazy code not counted)');
  console.table(
    Object.fromEntries(
      Object.entries(rows).map(([p, w]) => [p, { total: kb(w.total), ...w.row, files: w.files }]),
    ),
  );
  // Pages of a kind in every language: `modules/` matches modules/x and fr/modules/x.
  const of = (folder) =>
    Object.entries(rows).filter(([p]) => languages.some((lang) => p.startsWith(lang + folder)));
  const worst = (list, key) => {
    const [page, w] = list.reduce((a, b) => (b[1][key] > a[1][key] ? b : a));
    return { page, value: w[key] };
  };
  const line = (label, { page, value }, goal) =>
    console.log(
      `${label}: ${kb(value)}, ${page} (goal ${kb(goal)}${value <= goal ? ', met' : ''})`,
    );
  line('Largest module page, every language', worst(of('modules/'), 'total'), goals.module);
  line(
    'Largest scenario page, case data included, every language',
    worst(of('scenarios/'), 'total'),
    goals.scenario,
  );
  line("Player's JavaScript", worst(of('scenarios/'), 'js'), goals.playerJs);
  // Not a budget of the brief: what a trainee's browser holds once a run has started.
  console.log(
    `A run's JavaScript (first load and what Start loads): ${kb(Math.max(...of('scenarios/').map(([, w]) => w.runJs)))}`,
  );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--dist');
  const dist = at > 0 ? resolve(process.argv[at + 1] ?? '') : join(root, 'dist-bytes');
  if (at < 0) {
    console.log('▶ building the site');
    rmSync(dist, { recursive: true, force: true });
    const built = buildSite(root, ['--outDir', dist]);
    if (built.status !== 0) {
      console.error(built.output);
      process.exit(1);
    }
  }
  report(dist);
}
