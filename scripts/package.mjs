#!/usr/bin/env node
// `npm run package`: builds the site once for learning platforms (dist-lms/, with the LMS bridge),
// makes every URL relative so it works unzipped under any path, and writes into packages/:
//   cyber-cooperation-academy-scorm12.zip   whole course, one SCO per module and per scenario
//   scenario-<id>-scorm12.zip               one per scenario (a trainer adds a single case)
//   cyber-cooperation-academy-cmi5.zip      cmi5.xml, one AU per module and per scenario
//   PACKAGE_SKIP_BUILD=1 reuses an existing dist-lms/ (tests, repeated runs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import {
  cmi5Xml,
  placeholder,
  rewriteCss,
  rewriteHtml,
  rewriteJs,
  scormManifest,
} from './package-lib.mjs';

const outDir = 'dist-lms';
const packagesDir = 'packages';

/** All files below a folder, as package paths with "/". */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory()
      ? walk(full)
      : [relative(outDir, full).split(sep).join('/')];
  });
}

/** Course units from content: modules (frontmatter) in their order, then scenarios. */
function readCourse() {
  const course = parse(readFileSync('content/course.yaml', 'utf8'));
  const modules = readdirSync('content/modules')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/modules/${f}`, 'utf8'));
      const data = parse(front?.[1] ?? '') ?? {};
      return { id: f.replace(/\.mdx$/, ''), title: String(data.title), order: Number(data.order) };
    })
    .sort((a, b) => a.order - b.order)
    .map((m) => ({
      kind: 'module',
      id: m.id,
      title: m.title,
      href: `modules/${m.id}/index.html`,
      parameters: '',
      mastery: course.pass.quizPercent,
    }));
  const scenarios = readdirSync('content/scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(`content/scenarios/${f}`, 'utf8')))
    .map((s) => ({
      kind: 'scenario',
      id: String(s.id),
      title: String(s.title),
      href: `scenarios/${s.id}/index.html`,
      // Scenario SCOs/AUs run in assessment mode by default: the LMS decides what counts.
      parameters: '?mode=assessment',
      mastery: course.pass.scenarioPercent,
    }));
  return { version: String(course.contentVersion), units: [...modules, ...scenarios] };
}

function build() {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: placeholder, PUBLIC_LMS: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The LMS bridge is built on its own (it is never part of the web build): _assets/lms/bridge.js. */
async function buildBridge() {
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(outDir, '_assets', 'lms'),
      emptyOutDir: true,
      minify: true,
      lib: { entry: 'src/lib/lms/bridge.ts', formats: ['es'], fileName: () => 'bridge.js' },
    },
  });
}

/** Rewrites the built files in place; stops if any absolute base URL survives. */
function relativise(files) {
  const left = [];
  for (const file of files) {
    const full = join(outDir, file);
    const rewrite = file.endsWith('.html')
      ? (t) => rewriteHtml(t, file)
      : file.endsWith('.js')
        ? rewriteJs
        : file.endsWith('.css')
          ? rewriteCss
          : null;
    if (!rewrite) continue;
    const text = readFileSync(full, 'utf8');
    const out = rewrite(text);
    if (out !== text) writeFileSync(full, out);
    if (out.includes(placeholder)) left.push(file);
  }
  if (left.length > 0) {
    console.error(`Absolute URLs left after rewriting: ${left.join(', ')}`);
    process.exit(1);
  }
}

function zip(name, files, extra) {
  const entries = {};
  for (const f of files) entries[f] = readFileSync(join(outDir, f));
  for (const [f, text] of Object.entries(extra)) entries[f] = new TextEncoder().encode(text);
  const data = zipSync(entries, { level: 9 });
  writeFileSync(join(packagesDir, name), data);
  console.log(`  ${name}  ${(data.length / 1024).toFixed(0)} KB`);
}

if (process.env.PACKAGE_SKIP_BUILD !== '1') build();
await buildBridge();
const files = walk(outDir).sort();
relativise(files);
const { version, units } = readCourse();
const title = 'Cyber Cooperation Academy';
const courseId = 'https://github.com/cyber-cooperation-academy/course';
rmSync(packagesDir, { recursive: true, force: true });
mkdirSync(packagesDir, { recursive: true });
console.log(`\nPackages (content ${version}) in ${packagesDir}/:`);
zip('cyber-cooperation-academy-scorm12.zip', files, {
  'imsmanifest.xml': scormManifest({ id: 'cca-course', title, units, files }),
});
for (const unit of units.filter((u) => u.kind === 'scenario')) {
  zip(`scenario-${unit.id}-scorm12.zip`, files, {
    'imsmanifest.xml': scormManifest({
      id: `cca-scenario-${unit.id}`,
      title: unit.title,
      units: [unit],
      files,
    }),
  });
}
zip('cyber-cooperation-academy-cmi5.zip', files, {
  'cmi5.xml': cmi5Xml({
    id: courseId,
    title,
    description: `${title}: modules and scenarios on international cooperation against cybercrime (content ${version}).`,
    units,
  }),
});
