import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, basePath } from './fixtures.ts';
import {
  bestDecisions,
  carelessDecisions,
  decide,
  shippedScenarios,
  startScenario,
  playDecisions,
} from './scenario-driver.ts';
import {
  applyDecision,
  initialState,
  viewOf,
  type Decision,
  type Scenario,
  type SimState,
} from '../src/engine/index.ts';
import { evidenceAtRisk } from '../src/islands/player/format.ts';

const SEED = 4242;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const CLOCK_MAX_PX = 64;
const scenarios = shippedScenarios();

/** Plays decisions through the UI and returns the engine's state after them. */
const play = (page: Page, scenario: Scenario, decisions: Decision[]): Promise<SimState> =>
  playDecisions(page, scenario, decisions, { seed: SEED });

/** The careless decisions of a scenario up to the first state that `until` accepts. */
function carelessUntil(scenario: Scenario, until: (s: SimState) => boolean): Decision[] {
  const all = carelessDecisions(scenario, SEED);
  let state = initialState(scenario, SEED);
  for (const [i, d] of all.entries()) {
    const r = applyDecision(scenario, state, d);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
    if (until(state)) return all.slice(0, i + 1);
  }
  throw new Error(`${scenario.id}: no careless state fits`);
}

/** A scenario whose careless run reaches Day 2 at a choice with evidence at risk (from the engine). */
function atRiskOnDay2(): { scenario: Scenario; decisions: Decision[] } {
  for (const scenario of scenarios) {
    const fits = (s: SimState): boolean => {
      const v = viewOf(scenario, s);
      return (
        v.clock.caseDay >= 2 &&
        v.node?.interaction.kind === 'choices' &&
        evidenceAtRisk(v.evidence).length > 0
      );
    };
    try {
      return { scenario, decisions: carelessUntil(scenario, fits) };
    } catch {
      continue;
    }
  }
  throw new Error('no scenario reaches Day 2 with evidence at risk');
}

const clockOf = (page: Page): Locator => page.getByRole('region', { name: 'Case clock' });

/** The page does not scroll sideways: nothing is wider than the window. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [scrollWidth, clientWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** The clock is in view, at most 64 px tall, its readings on one row and none of them cut off. */
async function expectCompactClock(page: Page): Promise<void> {
  const clock = clockOf(page);
  await expect(clock).toBeInViewport();
  const box = await clock.boundingBox();
  expect(box?.y).toBeGreaterThanOrEqual(0);
  expect(box?.height).toBeLessThanOrEqual(CLOCK_MAX_PX);
  const button = await clock.getByRole('button', { name: 'Details' }).boundingBox();
  const tops: number[] = [];
  for (const dd of await clock.getByRole('definition').all()) {
    if (!(await dd.isVisible())) continue;
    const b = await dd.boundingBox();
    if (!b || b.width === 0) continue;
    tops.push(b.y);
    // Nothing of a shown reading is cut off or runs under the button.
    expect(await dd.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(b.x + b.width).toBeLessThanOrEqual((button?.x ?? 0) + 1);
  }
  expect(tops.length).toBeGreaterThanOrEqual(3);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
}

test.describe('On a phone (390 × 844)', () => {
  test.use({ viewport: PHONE });

  for (const scenario of scenarios) {
    test(`${scenario.title}: documents fit the width, the clock stays one line`, async ({
      page,
    }) => {
      await startScenario(page, basePath, scenario, SEED);
      let state = initialState(scenario, SEED);
      for (const d of bestDecisions(scenario, SEED).slice(0, 4)) {
        await expectNoSidewaysScroll(page);
        await expectCompactClock(page);
        await decide(page, scenario, state, d);
        const r = applyDecision(scenario, state, d);
        if (!r.ok) throw new Error(r.reason);
        state = r.state;
        if (state.ending) break;
      }
    });
  }

  test('the evidence at risk comes before the choices and links to the board', async ({ page }) => {
    const { scenario, decisions } = atRiskOnDay2();
    await startScenario(page, basePath, scenario, SEED);
    const state = await play(page, scenario, decisions);
    const summary = page.getByRole('region', { name: 'Evidence at risk' });
    const choices = page.getByRole('group', { name: 'What do you do?' });
    const firstChoice = choices.getByRole('radio').first();
    // Every item the engine has at risk is named, before the first choice in reading order…
    for (const item of evidenceAtRisk(viewOf(scenario, state).evidence)) {
      await expect(summary.getByText(item.label)).toBeVisible();
    }
    const order = await summary.evaluate(
      (s, choice) => s.compareDocumentPosition(choice as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
      await firstChoice.elementHandle(),
    );
    expect(order).toBeTruthy();
    // …and on screen.
    const [s, c] = [await summary.boundingBox(), await firstChoice.boundingBox()];
    expect((s?.y ?? 0) + (s?.height ?? 0)).toBeLessThanOrEqual(c?.y ?? 0);

    // Scrolled to the choices, the clock is still there.
    await page.getByRole('button', { name: 'Decide' }).scrollIntoViewIfNeeded();
    await expectCompactClock(page);
    await expectNoSidewaysScroll(page);

    // The link opens the board, its heading below the clock, not under it.
    await summary.getByRole('link', { name: 'Open the evidence board' }).click();
    const board = page.getByRole('heading', { level: 2, name: 'Evidence board' });
    await expect(board).toBeInViewport();
    await expect
      .poll(async () => {
        const [b, k] = [await board.boundingBox(), await clockOf(page).boundingBox()];
        return (b?.y ?? 0) - ((k?.y ?? 0) + (k?.height ?? 0));
      })
      .toBeGreaterThanOrEqual(0);
    // And back.
    await page.getByRole('link', { name: 'Back to your decision' }).click();
    await expect(summary).toBeInViewport();
  });

  test('the clock gives its full readings on demand, from the keyboard', async ({ page }) => {
    const scenario = scenarios[0] as Scenario;
    await startScenario(page, basePath, scenario, SEED);
    const clock = clockOf(page);
    const details = clock.getByRole('button', { name: 'Details' });
    await expect(details).toHaveAttribute('aria-expanded', 'false');
    const full = viewOf(scenario, initialState(scenario, SEED)).clock;
    await expect(clock.getByText(full.local)).toBeHidden();
    await details.focus();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    await expect(clock.getByText(full.local)).toBeVisible();
    await expect(clock.getByText(`${full.utc} UTC`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(clock.getByText(full.local)).toBeHidden();
  });
});

test.describe('On a desktop (1280 × 800)', () => {
  test.use({ viewport: DESKTOP });

  test('from Day 2 the board stays beside the choices and the clock keeps one row', async ({
    page,
  }) => {
    const { scenario, decisions } = atRiskOnDay2();
    await startScenario(page, basePath, scenario, SEED);
    const state = await play(page, scenario, decisions);
    expect(viewOf(scenario, state).clock.caseDay).toBeGreaterThanOrEqual(2);
    await expect(
      clockOf(page)
        .getByText(/^Day ([2-9]|\d\d)/)
        .first(),
    ).toBeVisible();

    // Scrolled to the bottom of the choices, the board is in view and not under the clock.
    await page
      .getByRole('button', { name: 'Decide' })
      .evaluate((b) => b.scrollIntoView({ block: 'end', behavior: 'instant' }));
    const board = page.getByRole('region', { name: 'Evidence board' });
    const heading = board.getByRole('heading', { level: 2, name: 'Evidence board' });
    await expect(heading).toBeInViewport();
    const [b, k] = [await heading.boundingBox(), await clockOf(page).boundingBox()];
    const overlap =
      b && k && b.x < k.x + k.width && k.x < b.x + b.width
        ? b.y < k.y + k.height && k.y < b.y + b.height
        : false;
    expect(overlap).toBe(false);
    await expectCompactClock(page);
    await expectNoSidewaysScroll(page);
    // Beside the board, the summary is not repeated.
    await expect(page.getByRole('region', { name: 'Evidence at risk' })).toBeHidden();
    await expectNoAxeViolations(page);
  });
});
