/**
 * The cmi5 package against a test LRS (a Playwright route on the site's own origin): every
 * statement is validated with Learning Locker's xAPI validation, and the cmi5 rules for defined
 * statements are checked (order, verbs, registration, session id, one terminal statement).
 * Needs `npm run package` first:
 *   npm run package && E2E_BASES=/ node scripts/e2e.mjs e2e/lms-cmi5.spec.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { bestDecisions, decide, shippedScenarios, stateAfter } from './scenario-driver.ts';
import { scoreReport, type Scenario } from '../src/engine/index.ts';

const SEED = 4242;
const scenario = shippedScenarios().find((s) => s.id === 'hidden-service') as Scenario;
const zipFile = 'packages/cyber-cooperation-academy-cmi5.zip';
const auRoot = '/__cmi5__/au/';
const lrs = '/__cmi5__/lrs/';
const registration = '7f0b0c43-7a61-4a55-9a4e-0a2f4f8d6c11';
const sessionId = 'c3a1e7f2-5d44-4b1c-8e0a-2b6b1c7d9e55';
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.test', name: 'learner-1' } };
const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const sessionExt = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const verb = (v: string): string => `http://adlnet.gov/expapi/verbs/${v}`;

test.skip(!existsSync(zipFile), `run "npm run package" first (${zipFile} is missing)`);

type Statement = {
  verb: { id: string };
  result?: {
    success?: boolean;
    completion?: boolean;
    duration?: string;
    score?: { scaled?: number };
  };
  context?: {
    registration?: string;
    extensions?: Record<string, unknown>;
    contextActivities?: { category?: Array<{ id: string }> };
  };
};

const types: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
  json: 'application/json',
};

/** Serves the unzipped AU files and a small LRS; returns what the LRS received. */
async function serve(
  page: Page,
  launchMode: 'Normal' | 'Browse',
): Promise<{ statements: Statement[]; invalid: string[]; url: string }> {
  const mod = (await import('@learninglocker/xapi-validation')) as unknown as {
    default: ((d: unknown) => unknown[]) | { default: (d: unknown) => unknown[] };
  };
  const validate = typeof mod.default === 'function' ? mod.default : mod.default.default;
  const files = unzipSync(new Uint8Array(readFileSync(zipFile)));
  const structure = new TextDecoder().decode(files['cmi5.xml']);
  const au = [
    ...structure.matchAll(
      /<au id="([^"]+)"[^>]*masteryScore="([^"]+)"[\s\S]*?<url>([^<]+)<\/url>/g,
    ),
  ]
    .map((m) => ({
      id: m[1] ?? '',
      mastery: Number(m[2]),
      url: (m[3] ?? '').replace(/&amp;/g, '&'),
    }))
    .find((a) => a.url.startsWith(`scenarios/${scenario.id}/`));
  if (!au) throw new Error('no AU for the scenario in cmi5.xml');
  const statements: Statement[] = [];
  const invalid: string[] = [];
  const state = new Map<string, string>();
  // The LMS page frames the AU (AnyWindow); leaving the AU = the frame navigates away.
  await page.route('**/__cmi5__/lms.html**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><title>Test LMS</title></head><body><main><h1>Test LMS</h1><iframe title="Course" width="1200" height="900"></iframe></main><script>document.querySelector("iframe").src = new URLSearchParams(location.search).get("au");</script></body></html>',
    }),
  );
  await page.route(`**${auRoot}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(auRoot.length);
    const body = files[path];
    if (!body) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({
      body: Buffer.from(body),
      contentType: types[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
    });
  });
  await page.context().route(`**${lrs}**`, async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const path = url.pathname.slice(lrs.length);
    if (path === 'fetch') return route.fulfill({ json: { 'auth-token': 'dGVzdDp0ZXN0' } });
    if (path === 'activities/state') {
      const id = url.searchParams.get('stateId') ?? '';
      if (id === 'LMS.LaunchData')
        return route.fulfill({
          json: {
            contextTemplate: {
              contextActivities: { grouping: [{ id: 'https://lms.test/course/1' }] },
              extensions: { [sessionExt]: sessionId },
            },
            launchMode,
            masteryScore: au.mastery,
            moveOn: 'Passed',
          },
        });
      if (req.method() === 'GET')
        return state.has(id)
          ? route.fulfill({ body: state.get(id) ?? '', contentType: 'text/plain' })
          : route.fulfill({ status: 404, body: '' });
      state.set(id, req.postData() ?? '');
      return route.fulfill({ status: 204, body: '' });
    }
    if (path === 'agents/profile') return route.fulfill({ status: 404, body: '' });
    if (path === 'statements') {
      const data = req.postDataJSON() as unknown;
      for (const s of Array.isArray(data) ? data : [data]) {
        const warnings = validate(s);
        if (warnings.length > 0) invalid.push(JSON.stringify(warnings).slice(0, 500));
        statements.push(s as Statement);
      }
      return route.fulfill({ json: statements.map((_, i) => `id-${i}`) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  // cmi5 launch parameters are absolute URLs (endpoint, fetch) on the LMS's side.
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin;
  const query = new URLSearchParams({
    endpoint: `${origin}${lrs}`,
    fetch: `${origin}${lrs}fetch`,
    actor: JSON.stringify(actor),
    registration,
    activityId: au.id,
  });
  return { statements, invalid, url: `${auRoot}${au.url}&seed=${SEED}&${query.toString()}` };
}

/** Opens the AU in the LMS page's frame and returns the frame, once the player is ready. */
async function open(page: Page, url: string): Promise<Page> {
  await page.goto(`/__cmi5__/lms.html?au=${encodeURIComponent(url)}`);
  const frame = page.frameLocator('iframe');
  await frame.locator('.player[data-hydrated]').waitFor();
  return frame as unknown as Page;
}

/** The learner leaves the AU: its frame navigates away (terminated is sent on the way out). */
async function leave(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.querySelector('iframe') as HTMLIFrameElement).src = 'about:blank';
  });
}

function checkCmi5Rules(statements: Statement[]): void {
  const verbs = statements.map((s) => s.verb.id);
  expect(verbs[0]).toBe(verb('initialized'));
  expect(verbs.at(-1)).toBe(verb('terminated'));
  expect(verbs.filter((v) => v === verb('terminated'))).toHaveLength(1);
  expect(verbs.filter((v) => v === verb('initialized'))).toHaveLength(1);
  for (const s of statements) {
    expect(s.context?.registration).toBe(registration);
    expect(s.context?.extensions?.[sessionExt]).toBe(sessionId);
    expect(s.context?.contextActivities?.category?.map((c) => c.id)).toContain(cmi5Category);
  }
}

test('a scenario AU sends initialized, completed, passed and terminated to the LRS', async ({
  page,
}) => {
  test.slow();
  const lrsLog = await serve(page, 'Normal');
  const au = await open(page, lrsLog.url);
  await au.getByRole('button', { name: 'Start the case' }).click();
  const decisions = bestDecisions(scenario, SEED);
  for (const [i, d] of decisions.entries())
    await decide(au, scenario, stateAfter(scenario, SEED, decisions.slice(0, i)), d);
  await expect(au.getByRole('region', { name: 'Debrief' })).toBeVisible();
  await expect.poll(() => lrsLog.statements.length).toBeGreaterThanOrEqual(3);
  // The learner reads the debrief: the page has had the LRS's answers before it is closed.
  await page.waitForLoadState('networkidle');
  await leave(page);
  await expect.poll(() => lrsLog.statements.at(-1)?.verb.id).toBe(verb('terminated'));
  expect(lrsLog.invalid).toEqual([]);
  checkCmi5Rules(lrsLog.statements);
  const verbs = lrsLog.statements.map((s) => s.verb.id);
  expect(verbs).toEqual([
    verb('initialized'),
    verb('completed'),
    verb('passed'),
    verb('terminated'),
  ]);
  const passed = lrsLog.statements[2];
  const percent = scoreReport(scenario, stateAfter(scenario, SEED, decisions)).total.percent;
  expect(passed?.result?.success).toBe(true);
  expect(passed?.result?.score?.scaled).toBeCloseTo(Math.min(1, percent / 100), 2);
  expect(passed?.result?.duration).toMatch(/^PT/);
});

test('in Browse mode nothing is scored: initialized and terminated only', async ({ page }) => {
  test.slow();
  const lrsLog = await serve(page, 'Browse');
  const au = await open(page, lrsLog.url);
  await au.getByRole('button', { name: 'Start the case' }).click();
  const decisions = bestDecisions(scenario, SEED);
  for (const [i, d] of decisions.entries())
    await decide(au, scenario, stateAfter(scenario, SEED, decisions.slice(0, i)), d);
  await expect(au.getByRole('region', { name: 'Debrief' })).toBeVisible();
  await leave(page);
  await expect.poll(() => lrsLog.statements.at(-1)?.verb.id).toBe(verb('terminated'));
  expect(lrsLog.invalid).toEqual([]);
  checkCmi5Rules(lrsLog.statements);
  expect(lrsLog.statements.map((s) => s.verb.id)).toEqual([
    verb('initialized'),
    verb('terminated'),
  ]);
});
