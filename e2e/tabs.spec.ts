/**
 * Several tabs of the academy in one browser: each stays responsive (an action answers within
 * 2 s) and storage writes stay proportional to what the learner does. Writes are counted by
 * wrapping `Storage.prototype.setItem` before any page script runs.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, basePath } from './fixtures.ts';
import { bestDecisions, decide, shippedScenarios, startScenario } from './scenario-driver.ts';
import { applyDecision, initialState } from '../src/engine/index.ts';

declare global {
  interface Window {
    __writes?: number;
  }
}

/** Counts every localStorage/sessionStorage write the page makes. */
async function countWrites(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__writes = 0;
    const proto = Storage.prototype;
    const original = Object.getOwnPropertyDescriptor(proto, 'setItem')?.value as (
      this: Storage,
      key: string,
      value: string,
    ) => void;
    proto.setItem = function (this: Storage, key: string, value: string) {
      window.__writes = (window.__writes ?? 0) + 1;
      original.call(this, key, value);
    };
  });
}

/** Storage writes this tab made so far; fails if the tab does not answer within 2 s. */
async function writesWithin2s(page: Page): Promise<number> {
  const started = Date.now();
  const writes = await Promise.race([
    page.evaluate(() => window.__writes ?? 0),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${page.url()} did not answer within 2 s`)), 2000),
    ),
  ]);
  expect(Date.now() - started).toBeLessThan(2000);
  return writes;
}

/** Lets the tabs run side by side, then checks each answers and wrote only a handful of times. */
async function expectCalm(pages: Page[], maxWrites: number): Promise<void> {
  await pages[0]?.waitForTimeout(3000);
  for (const p of pages) {
    const writes = await writesWithin2s(p);
    test.info().annotations.push({ type: 'storage writes', description: `${writes} ${p.url()}` });
    expect(writes, p.url()).toBeLessThanOrEqual(maxWrites);
  }
}

test('a module and the glossary open side by side stay responsive', async ({ page, context }) => {
  await countWrites(context);
  await page.goto(`${basePath}modules/preservation-and-the-24-7-network/`);
  const glossary = await context.newPage();
  await glossary.goto(`${basePath}glossary/`);
  // Opening a module records a visit (one write); nothing else should write on its own.
  await expectCalm([page, glossary], 4);

  // The learner reads on: a few sections reached give a few writes, not an echo between tabs.
  await page.keyboard.press('End');
  await expectCalm([page, glossary], 12);
  const search = glossary.getByRole('combobox', { name: 'Search the course' });
  const answered = Date.now();
  await search.fill('preservation');
  await expect(search).toHaveValue('preservation');
  expect(Date.now() - answered).toBeLessThan(2000);
});

test('instructor page, projector dashboard and a team link in three tabs stay responsive', async ({
  page,
  context,
}) => {
  await countWrites(context);
  await page.goto(`${basePath}instructor/`);
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await page.getByLabel('Team names (one per line)').fill('Alpha\nBravo');
  const code = await page.getByRole('textbox', { name: 'Session code' }).inputValue();
  const link = await page.getByRole('textbox', { name: 'Session link' }).inputValue();
  const projector = await context.newPage();
  await projector.goto(`${basePath}instructor/debrief/?s=${encodeURIComponent(code)}`);
  const team = await context.newPage();
  await team.goto(link);
  await team.locator('astro-island:not([ssr])').first().waitFor();
  await team.getByLabel('Your team').fill('Alpha');
  await expect(team.getByRole('button', { name: 'Start the case' })).toBeEnabled({
    timeout: 2000,
  });
  // Typing a session's settings saves it a few times per field at most.
  await expectCalm([page, projector, team], 60);
  const before = await Promise.all([page, projector, team].map(writesWithin2s));
  await page.waitForTimeout(2000);
  const after = await Promise.all([page, projector, team].map(writesWithin2s));
  expect(after, 'idle tabs keep writing').toEqual(before);
});

test('two tabs on one scenario: the trainee is told and chooses, and neither run is lost', async ({
  page,
  context,
}) => {
  const scenario = shippedScenarios()[0];
  if (!scenario) throw new Error('no scenario');
  const SEED = 4242;
  const [d1, d2] = bestDecisions(scenario, SEED);
  if (!d1 || !d2) throw new Error('short scenario');
  const s0 = initialState(scenario, SEED);
  const s1 = applyDecision(scenario, s0, d1);
  if (!s1.ok) throw new Error(s1.reason);
  await countWrites(context);

  // Tab A starts the case; tab B opens the same case, resumes A's run and decides.
  await startScenario(page, basePath, scenario, SEED);
  const other = await context.newPage();
  await other.goto(`${basePath}scenarios/${scenario.id}/?seed=${SEED}`);
  await other.locator('astro-island:not([ssr])').waitFor();
  await other.getByRole('button', { name: 'Resume where you left off' }).click();
  await decide(other, scenario, s0, d1);

  // Tab A is told at once; its own next decision does not overwrite B's run.
  const alert = page.getByRole('alert').filter({ hasText: 'also open in another tab' });
  await expect(alert).toBeVisible({ timeout: 2000 });
  const stored = () =>
    page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith(key))
          .sort()
          .map((k) => {
            const v = JSON.parse(localStorage.getItem(k) ?? '{}') as {
              save?: { decisions?: unknown[] };
            };
            return v.save?.decisions?.length ?? -1;
          }),
      `cca:run:${scenario.id}`,
    );
  await expect.poll(stored).toEqual([1]);
  await alert.getByRole('button', { name: 'Keep the run in this tab' }).click();
  await expect(alert).toHaveCount(0);
  // A's run (no decision yet) is saved; B's run with one decision is kept aside, not lost.
  expect((await stored()).sort()).toEqual([0, 1]);
  await expectCalm([page, other], 40);
});
