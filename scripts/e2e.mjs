#!/usr/bin/env node
// Builds the site once per base path and runs the Playwright suite against each build, so the
// whole suite proves the site works both at the server root and from a subfolder.
//   node scripts/e2e.mjs [playwright args…]     e.g. node scripts/e2e.mjs e2e/pages.spec.ts
// E2E_BASES="/" limits the run to the given bases (comma-separated).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { normaliseBase } from './base-path.mjs';

const bases = (process.env.E2E_BASES ?? '/,/training/cyber/').split(',').map(normaliseBase);
const extra = process.argv.slice(2);
const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser)) {
  console.error(
    `No Chromium at ${browser}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

bases.forEach((base, i) => {
  const dir = `dist-e2e-${i}`;
  console.log(`\n▶ e2e with base path ${base} (build in ${dir}/)`);
  run('npx', ['astro', 'build', '--outDir', dir], { BASE_PATH: base });
  run('npx', ['playwright', 'test', ...extra], {
    E2E_BASE: base,
    E2E_DIR: dir,
    E2E_PORT: String(4391 + i),
  });
});
