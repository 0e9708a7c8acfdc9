// A throw-away copy of the site in a temporary folder, for tests and benchmarks that must build
// a changed site (a broken module, 10x content) without touching the working tree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '..');
const parts = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'content',
  'public',
  'scripts',
];

/**
 * Copies the committed site (git HEAD, so other people's work in progress cannot break it) into
 * a new temporary folder. With `small`, only one module and one scenario are kept: such a site
 * builds in seconds.
 * @param {{ prefix?: string, small?: boolean }} [options]
 * @returns {string} the folder
 */
export function makeTempSite({ prefix = 'cca-site-', small = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD', ...parts], {
    cwd: repo,
    maxBuffer: 512 * 1024 * 1024,
  });
  if (archive.status !== 0) throw new Error(`git archive failed: ${String(archive.stderr)}`);
  spawnSync('tar', ['-x', '-C', root], { input: archive.stdout });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  if (small) {
    for (const name of readdirSync(join(root, 'content/modules'))) {
      if (name !== 'why-evidence-crosses-borders.mdx') rmSync(join(root, 'content/modules', name));
    }
    // Question pools of the removed modules go too (a pool no module uses stops the build).
    for (const name of readdirSync(join(root, 'content/quizzes'))) {
      if (name !== 'why-evidence-crosses-borders.yaml') rmSync(join(root, 'content/quizzes', name));
    }
    for (const name of readdirSync(join(root, 'content/scenarios'))) {
      if (name !== 'desk-night-shift.yaml') rmSync(join(root, 'content/scenarios', name));
    }
    // The French side keeps the same files (the i18n check pairs them with the English).
    const keep = new Set([
      'why-evidence-crosses-borders.mdx',
      'why-evidence-crosses-borders.yaml',
      'desk-night-shift.yaml',
    ]);
    for (const dir of ['modules', 'quizzes', 'scenarios']) {
      const folder = join(root, 'content/fr', dir);
      for (const name of readdirSync(folder)) if (!keep.has(name)) rmSync(join(folder, name));
    }
    // Tells the build-time reference check that modules were removed on purpose (see
    // src/engine/reference-targets.ts): links to them are not reported in this trimmed copy.
    writeFileSync(join(root, '.cca-small-site'), 'modules trimmed by scripts/temp-site.mjs\n');
  }
  return root;
}

/**
 * Builds a site folder with the project's Astro.
 * @param {string} root
 * @param {string[]} [args] extra `astro build` arguments
 * @returns {{ status: number | null, output: string, ms: number }}
 */
export function buildSite(root, args = []) {
  const started = performance.now();
  const result = spawnSync(
    join(repo, 'node_modules/.bin/astro'),
    ['build', '--root', root, ...args],
    {
      // Content loaders read paths such as content/quizzes relative to the working folder.
      cwd: root,
      encoding: 'utf8',
      // Tests add English-only broken files on purpose: the French parity check would stop the
      // build before the error they look for, so it only reports here (npm test checks it for real).
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', I18N_STRICT: '0' },
    },
  );
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    ms: Math.round(performance.now() - started),
  };
}
