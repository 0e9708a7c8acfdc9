import { defineConfig } from '@playwright/test';

/**
 * e2e tests run against the *built* site, served under a base path by scripts/serve.mjs.
 * scripts/e2e.mjs builds the site and runs this config once per base path.
 * The browser is the system Chromium (CHROMIUM_PATH overrides; Playwright's download is not used).
 */
const base = process.env.E2E_BASE ?? '/';
const dir = process.env.E2E_DIR ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4391);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --dir ${dir} --base ${base} --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
