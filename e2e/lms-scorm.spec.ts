/**
 * The SCORM 1.2 package inside a test LMS whose API is scorm-again's Scorm12API (a runtime real
 * LMSs use). The package zip is unzipped in memory and served under a deep, odd folder, so the
 * relative URLs are tested too. Needs `npm run package` first:
 *   npm run package && E2E_BASES=/ node scripts/e2e.mjs e2e/lms-scorm.spec.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import {
  bestDecisions,
  carelessDecisions,
  decide,
  shippedScenarios,
  stateAfter,
} from './scenario-driver.ts';
import { encodeReplay, scoreReport, type Scenario } from '../src/engine/index.ts';

const SEED = 4242;
const scenario = shippedScenarios().find((s) => s.id === 'hidden-service') as Scenario;
const zipFile = `packages/scenario-${scenario.id}-scorm12.zip`;
const lmsRoot = '/__lms__/';
const scoRoot = `${lmsRoot}content/course%20files/7/`;

test.skip(!existsSync(zipFile), `run "npm run package" first (${zipFile} is missing)`);

const types: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
  json: 'application/json',
  xml: 'application/xml',
};

type Cmi = {
  suspend_data: string;
  core: {
    lesson_status: string;
    entry: string;
    exit: string;
    session_time: string;
    score: { raw: string; min: string; max: string };
  };
  interactions: Record<string, { id: string; type: string; result: string; latency: string }>;
};

/** Serves the test LMS, scorm-again and the unzipped package on the site's own origin. */
async function serveLms(page: Page): Promise<{ launch: string }> {
  const files = unzipSync(new Uint8Array(readFileSync(zipFile)));
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  const href = /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)?.[1] ?? '';
  const parameters = /<item [^>]*parameters="([^"]*)"/.exec(manifest)?.[1] ?? '';
  await page.route(`**${lmsRoot}**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const ext = path.split('.').pop() ?? '';
    let body: Buffer | Uint8Array | undefined;
    if (path === `${lmsRoot}lms.html`) body = readFileSync('e2e/fixtures/lms/scorm12.html');
    else if (path === `${lmsRoot}scorm12.min.js`)
      body = readFileSync('node_modules/scorm-again/dist/scorm12.min.js');
    else if (path.startsWith(decodeURIComponent(scoRoot)))
      body = files[path.slice(decodeURIComponent(scoRoot).length)];
    if (!body) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({
      status: 200,
      body: Buffer.from(body),
      contentType: types[ext] ?? 'application/octet-stream',
    });
  });
  return { launch: `${scoRoot}${href}${parameters}&seed=${SEED}` };
}

/** Opens the LMS page with stored CMI data (or none) and waits for the SCO's player. */
async function launch(page: Page, sco: string, stored: unknown = null): Promise<void> {
  await page.addInitScript((cmi) => {
    (window as unknown as { __storedCmi: unknown }).__storedCmi = cmi;
  }, stored);
  await page.goto(`${lmsRoot}lms.html?sco=${encodeURIComponent(sco)}`);
  await page.frameLocator('iframe').locator('.player[data-hydrated]').waitFor();
}

/** Closes the SCO the way an LMS does (the frame navigates away) and returns the finished CMI. */
async function close(page: Page): Promise<Cmi> {
  await page.evaluate(() => {
    (document.querySelector('iframe') as HTMLIFrameElement).src = 'about:blank';
  });
  await page.waitForFunction(
    () => (window as unknown as { lms: { finished: unknown } }).lms.finished,
  );
  return page.evaluate(() => (window as unknown as { lms: { finished: Cmi } }).lms.finished);
}

async function play(page: Page, decisions: ReturnType<typeof bestDecisions>, from = 0) {
  const frame = page.frameLocator('iframe') as unknown as Page;
  for (let i = from; i < decisions.length; i++) {
    const d = decisions[i];
    if (!d) continue;
    await decide(frame, scenario, stateAfter(scenario, SEED, decisions.slice(0, i)), d);
  }
}

test('a scenario SCO reports to scorm-again, resumes from suspend data and passes', async ({
  page,
}) => {
  test.slow();
  const { launch: sco } = await serveLms(page);
  const decisions = bestDecisions(scenario, SEED);
  const half = Math.floor(decisions.length / 2);
  await launch(page, sco);
  const frame = page.frameLocator('iframe');
  // Assessment mode comes from the launch parameters.
  await expect(frame.getByRole('radio', { name: /^Assessment/ })).toBeChecked();
  await frame.getByRole('button', { name: 'Start the case' }).click();
  await play(page, decisions.slice(0, half));
  const suspended = await close(page);
  expect(suspended.core.lesson_status).toBe('incomplete');
  expect(suspended.core.exit).toBe('suspend');
  expect(suspended.core.session_time).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
  const partial = stateAfter(scenario, SEED, decisions.slice(0, half));
  expect(suspended.suspend_data).toBe(encodeReplay(scenario, { ...partial, mode: 'assessment' }));

  // Relaunch in a fresh browser page with no local save: only the LMS's data can resume.
  await page.evaluate(() => localStorage.clear());
  const next = await page.context().newPage();
  await serveLms(next);
  await launch(next, sco, {
    core: { lesson_status: suspended.core.lesson_status, entry: 'resume' },
    suspend_data: suspended.suspend_data,
  });
  const again = next.frameLocator('iframe');
  await again.getByRole('button', { name: 'Resume where you left off' }).click();
  await play(next, decisions, half);
  await expect(again.getByRole('region', { name: 'Debrief' })).toBeVisible();
  const final = await close(next);
  const report = scoreReport(scenario, stateAfter(scenario, SEED, decisions));
  expect(final.core.lesson_status).toBe('passed');
  expect(final.core.exit).toBe('');
  expect(Number(final.core.score.raw)).toBe(Math.round(report.total.percent));
  expect([final.core.score.min, final.core.score.max]).toEqual(['0', '100']);
  const interactions = Object.values(final.interactions);
  expect(interactions).toHaveLength(decisions.length);
  expect(interactions.every((x) => x.type === 'performance' && /^d\d+_/.test(x.id))).toBe(true);
  expect(interactions.map((x) => x.result)).toContain('correct');
  // Latencies are known for the decisions taken in this session.
  expect(interactions.at(-1)?.latency).toMatch(/\d\d:\d\d:\d\d/);
  expect(final.suspend_data.length).toBeLessThanOrEqual(4096);
});

test('a careless run fails against the course pass mark', async ({ page }) => {
  test.slow();
  const { launch: sco } = await serveLms(page);
  const decisions = carelessDecisions(scenario, SEED);
  const report = scoreReport(scenario, stateAfter(scenario, SEED, decisions));
  expect(report.total.percent).toBeLessThan(60);
  await launch(page, sco);
  await page.frameLocator('iframe').getByRole('button', { name: 'Start the case' }).click();
  await play(page, decisions);
  const final = await close(page);
  expect(final.core.lesson_status).toBe('failed');
  expect(Number(final.core.score.raw)).toBe(Math.max(0, Math.round(report.total.percent)));
  expect(Object.values(final.interactions).map((x) => x.result)).toContain('wrong');
});

test('without an LMS the page works and says results are not recorded', async ({ page }) => {
  await serveLms(page);
  await page.goto(`${scoRoot}scenarios/${scenario.id}/index.html?mode=assessment`);
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are not being recorded' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the case' })).toBeEnabled();
});
