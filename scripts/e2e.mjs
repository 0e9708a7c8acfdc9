#!/usr/bin/env node
// Builds the site per base path and runs the Playwright suite against each build.
//   node scripts/e2e.mjs [playwright args…]     e.g. node scripts/e2e.mjs e2e/player.spec.ts
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { normaliseBase } from './base-path.mjs';

const extra = process.argv.slice(2);
// By default the whole suite runs with the site in a subfolder (the harder case: every URL must
// carry the base), and a smoke set runs at the server root. E2E_BASES="/,/academy/" runs the
// whole suite (or the specs given as arguments) at each listed base instead.
const runs = process.env.E2E_BASES
  ? process.env.E2E_BASES.split(',').map((base) => ({ base: normaliseBase(base), specs: extra }))
  : [
      { base: '/training/cyber/', specs: extra },
      { base: '/', specs: extra.length > 0 ? extra : ['e2e/site.spec.ts', 'e2e/budgets.spec.ts'] },
    ];
const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser)) {
  console.error(
    `No Chromium at ${browser}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const dirs = [];
function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
}

runs.forEach(({ base, specs }, i) => {
  // One folder per run and process, so parallel runs on one machine never share a build.
  const dir = `dist-e2e-${process.pid}-${i}`;
  dirs.push(dir);
  console.log(`\n▶ e2e with base path ${base} (build in ${dir}/)`);
  // The subfolder build also knows its public origin (absolute hreflang links); the root build,
  // like most intranet builds, does not.
  const site = base === '/' ? '' : 'https://intranet.example';
  run('npx', ['astro', 'build', '--outDir', dir], { BASE_PATH: base, SITE_URL: site });
  run('npx', ['playwright', 'test', ...specs], {
    E2E_BASE: base,
    E2E_SITE: site,
    E2E_DIR: dir,
    E2E_PORT: String(4400 + ((process.pid * 2 + i) % 500)),
  });
});
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
