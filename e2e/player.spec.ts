import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, basePath } from './fixtures.ts';
import {
  bestDecisions,
  carelessDecisions,
  decide,
  shippedScenarios,
  startScenario,
  stateAfter,
  formTitle,
  wordedFields,
  dictionary,
  playDecisions,
} from './scenario-driver.ts';
import {
  applyDecision,
  initialState,
  scoreReport,
  viewOf,
  type Decision,
  type Scenario,
  type SimState,
  choicesOf,
} from '../src/engine/index.ts';
import { findLeaks, idTokens } from '../src/engine/__fixtures__/leaks.ts';
import type { RequestType } from '../src/engine/requests/index.ts';

const SEED = 4242;
const BEST_PATH_TIMEOUT_MS = 6 * 60_000;
const scenarios = shippedScenarios();
const words = dictionary('en');

/** Scenarios whose careless path at SEED loses no evidence today (content issue, reported). */
const carelessLosesNothing = new Set<string>();

/** Fails when the page shows an internal id, an ISO duration or an untranslated key. */
async function expectNoLeaks(page: Page, scenario: Scenario): Promise<void> {
  const text = await page.getByRole('main').innerText();
  expect(findLeaks(text, idTokens(scenario))).toEqual([]);
}

/** Plays decisions through the UI at SEED; returns the engine's final state for comparison. */
const play = (
  page: Page,
  scenario: Scenario,
  decisions: Decision[],
  each?: () => Promise<void>,
): Promise<SimState> =>
  playDecisions(page, scenario, decisions, { seed: SEED, ...(each ? { each } : {}) });

for (const scenario of scenarios) {
  test.describe(scenario.title, () => {
    test('the best path scores 100 % and the debrief says why', async ({ page }) => {
      // The longest scenario needs more than test.slow() on a shared two-core machine.
      test.setTimeout(BEST_PATH_TIMEOUT_MS);
      await startScenario(page, basePath, scenario, SEED);
      await expectNoLeaks(page, scenario);
      const final = await play(page, scenario, bestDecisions(scenario, SEED), async () => {
        await expectNoLeaks(page, scenario);
        if (await page.getByRole('heading', { name: 'Debrief' }).isVisible()) return;
        await expect(page.getByRole('region', { name: 'Your last decision' })).toBeVisible();
      });
      const debrief = page.getByRole('region', { name: 'Debrief' });
      await expect(debrief).toBeVisible();
      await expect(debrief.getByText(/\(100 %\)\.$/)).toBeVisible();
      const ending = scenario.endings[final.ending ?? ''];
      await expect(
        debrief.getByRole('heading', { level: 3, name: ending?.title ?? '' }),
      ).toBeVisible();
      // Every decision appears in the timeline beside the recommended path.
      const mine = debrief
        .getByRole('heading', { name: 'What you did' })
        .locator('xpath=..')
        .getByRole('listitem');
      await expect(mine).toHaveCount(final.decisions.length);
      await expectNoAxeViolations(page);
    });

    test('a careless path loses points, and lost evidence is shown with its time', async ({
      page,
    }) => {
      test.slow();
      const decisions = carelessDecisions(scenario, SEED);
      const expected = stateAfter(scenario, SEED, decisions);
      const report = scoreReport(scenario, expected);
      expect(report.total.percent).toBeLessThan(100);
      await startScenario(page, basePath, scenario, SEED);
      await play(page, scenario, decisions, () => expectNoLeaks(page, scenario));
      const debrief = page.getByRole('region', { name: 'Debrief' });
      await expect(
        debrief.getByText(`(${report.total.percent} %).`, { exact: false }),
      ).toBeVisible();
      const fate = debrief
        .getByRole('heading', { name: 'What happened to the evidence' })
        .locator('xpath=following-sibling::ul[1]');
      for (const [id, item] of Object.entries(expected.evidence)) {
        const label = scenario.evidence[id]?.label ?? id;
        const row = fate.getByRole('listitem').filter({ hasText: label });
        const status = words[`player.evidence.status.${item.status}`] ?? '(missing word)';
        await expect(row).toContainText(
          item.status === 'lost' ? `${status} — deleted at` : `${label}: ${status}`,
        );
      }
    });

    test('the careless path loses at least one evidence item', () => {
      test.fail(
        carelessLosesNothing.has(scenario.id),
        'content: this careless path keeps every item; remove the id once the scenario changes',
      );
      const expected = stateAfter(scenario, SEED, carelessDecisions(scenario, SEED));
      const lost = Object.values(expected.evidence).filter((e) => e.status === 'lost');
      expect(lost.length).toBeGreaterThan(0);
    });
  });
}

// The single-scenario checks below were written and timed for desk-night-shift.
const first = scenarios.find((s) => s.id === 'desk-night-shift') as Scenario;

test('axe passes at every step of a full run, and practice feedback cites references', async ({
  page,
}) => {
  test.slow();
  await startScenario(page, basePath, first, SEED);
  await expectNoAxeViolations(page);
  await play(page, first, bestDecisions(first, SEED), () => expectNoAxeViolations(page));
});

test('a run survives a reload and resumes at the same point', async ({ page }) => {
  const decisions = bestDecisions(first, SEED);
  const half = decisions.slice(0, Math.max(1, Math.floor(decisions.length / 2)));
  await startScenario(page, basePath, first, SEED);
  const state = await play(page, first, half);
  const heading = first.nodes[state.node]?.title ?? '';
  const clock = await page.getByRole('region', { name: 'Case clock' }).textContent();
  await page.reload();
  await page.locator('astro-island:not([ssr])').waitFor();
  await expect(page.getByText('You have a run in progress.')).toBeVisible();
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Case clock' })).toHaveText(clock ?? '');
  // Starting over is explicit: it asks first.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('heading', { name: 'Start the case' })).toBeVisible();
});

test('when the case cannot load at Start, the trainee is told what to do and nothing is lost', async ({
  page,
}) => {
  // The simulator loads when the trainee presses Start; a dropped connection must not leave a
  // dead button. The browser keeps a failed module load for the page's life, so the way out is
  // a reload.
  let block = true;
  await page.route(/\/simulator\.[^/]*\.js$/, (route) =>
    block ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto(`${basePath}scenarios/${first.id}/`);
  await page.locator('astro-island:not([ssr])').waitFor();
  await page.getByRole('button', { name: 'Start the case' }).click();
  await expect(page.getByRole('alert')).toContainText(words['player.notice.loadFailed'] ?? '');
  block = false;
  await page.reload();
  await page.locator('astro-island:not([ssr])').waitFor();
  await page.getByRole('button', { name: 'Start the case' }).click();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('damaged saved data is kept aside with a plain message, not lost', async ({ page }) => {
  await page.goto(`${basePath}scenarios/${first.id}/`);
  // Let the first load finish reading storage, or it would find the damaged save before the reload.
  await page.locator('astro-island:not([ssr])').waitFor();
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"format":"cca-run",'),
    `cca:run:${first.id}`,
  );
  await page.reload();
  await page.locator('astro-island:not([ssr])').waitFor();
  await expect(page.getByRole('alert')).toContainText('kept aside');
  const kept = await page.evaluate(
    (key) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(`${key}.unreadable`))
        .map((k) => localStorage.getItem(k))
        .join(),
    `cca:run:${first.id}`,
  );
  expect(kept).toBe('{"format":"cca-run",');
  await expect(page.getByRole('button', { name: 'Start the case' })).toBeEnabled();
});

test('assessment mode shows no feedback before the debrief, and no undo', async ({ page }) => {
  await startScenario(page, basePath, first, SEED, 'assessment');
  const decisions = bestDecisions(first, SEED);
  let state = initialState(first, SEED, 'assessment');
  for (const d of decisions) {
    await decide(page, first, state, d);
    const r = applyDecision(first, state, d);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
    if (state.ending) break;
    await expect(page.getByRole('region', { name: 'Your last decision' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Take back my last decision' })).toHaveCount(0);
  }
  await expect(page.getByRole('region', { name: 'Debrief' })).toBeVisible();
});

test('practice mode lets the trainee take back the last decision', async ({ page }) => {
  await startScenario(page, basePath, first, SEED);
  const [d] = bestDecisions(first, SEED);
  if (!d) throw new Error('no decision');
  await decide(page, first, initialState(first, SEED), d);
  await page.getByRole('button', { name: 'Take back my last decision' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: first.nodes[first.start]?.title ?? '' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take back my last decision' })).toHaveCount(0);
});

/** Presses Tab until the locator has focus (fails if it is not reachable by keyboard). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reachable with the Tab key');
}

test('a whole scenario can be finished with the keyboard alone', async ({ page }) => {
  test.slow();
  await page.goto(`${basePath}scenarios/${first.id}/?seed=${SEED}`);
  await page.locator('astro-island:not([ssr])').waitFor();
  await tabTo(page, page.getByRole('button', { name: 'Start the case' }));
  await page.keyboard.press('Enter');
  let state = initialState(first, SEED);
  for (const d of bestDecisions(first, SEED)) {
    const it = first.nodes[state.node]?.interaction;
    const main = page.getByRole('main');
    if (viewOf(first, state).node?.interaction.kind === 'continue') {
      await tabTo(page, main.getByRole('button', { name: 'Continue', exact: true }));
      await page.keyboard.press('Enter');
    } else if (d.kind === 'choose') {
      await tabTo(page, main.locator('input[type=radio]:not(:disabled)').first());
      // Radios are chosen with the arrow keys; walk to the wanted one.
      const target = main.getByRole('radio', {
        name: it ? (choicesOf(it).find((c) => c.id === d.choice)?.label ?? '') : '',
        exact: true,
      });
      for (let i = 0; i < 12 && !(await target.isChecked()); i++) {
        await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
      }
      await expect(target).toBeChecked();
      await tabTo(page, main.getByRole('button', { name: 'Decide' }));
      await page.keyboard.press('Enter');
    } else if (d.kind === 'select') {
      for (const option of it?.kind === 'select' ? it.options : []) {
        const box = main.getByRole('checkbox', { name: option.label, exact: true });
        await tabTo(page, box);
        if (d.options.includes(option.id) !== (await box.isChecked()))
          await page.keyboard.press('Space');
      }
      await tabTo(page, main.getByRole('button', { name: 'Confirm' }));
      await page.keyboard.press('Enter');
    } else if (d.kind === 'wait') {
      await tabTo(page, main.getByRole('button', { name: it?.kind === 'wait' ? it.label : '' }));
      await page.keyboard.press('Enter');
    } else {
      if (it?.kind !== 'draft') throw new Error('not a draft node');
      const type: RequestType = it.type;
      const form = page.getByRole('form', { name: formTitle(type) });
      for (const field of wordedFields(type)) {
        const value = d.draft?.[field.id];
        if (value === undefined) continue;
        if (field.kind === 'checkboxes') {
          for (const option of field.options ?? []) {
            if (!(value as string[]).includes(option.value)) continue;
            await tabTo(page, form.getByRole('checkbox', { name: option.label, exact: true }));
            await page.keyboard.press('Space');
          }
        } else if (field.kind === 'select') {
          // Time zones are a type-ahead text field (below); selects are real selects.
          const select = form.locator(`#draft-${field.id}`);
          await tabTo(page, select);
          // Type-ahead picks an option by its visible text, as a keyboard user would.
          const label = await select
            .locator('option')
            .evaluateAll(
              (options, v) =>
                options.find((o) => (o as HTMLOptionElement).value === v)?.textContent ?? '',
              String(value),
            );
          await page.keyboard.type(label);
          for (let i = 0; i < 600 && (await select.inputValue()) !== value; i++) {
            await page.keyboard.press('ArrowDown');
          }
          await expect(select).toHaveValue(String(value));
        } else {
          await tabTo(page, form.locator(`#draft-${field.id}`));
          await page.keyboard.type(String(value));
        }
      }
      await tabTo(page, form.getByRole('button', { name: 'Send the request' }));
      await page.keyboard.press('Enter');
    }
    const r = applyDecision(first, state, d);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  }
  await expect(page.getByRole('region', { name: 'Debrief' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Debrief' }).getByText(/\(100 %\)\.$/),
  ).toBeVisible();
});

test('the player reflows at 200 % zoom and on a phone without sideways scrolling', async ({
  page,
}) => {
  // 640 CSS px is a 1280 px window at 200 % zoom; 360 px is a small phone.
  for (const width of [640, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await startScenario(page, basePath, first, SEED);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    await expect(page.getByRole('region', { name: 'Evidence board' })).toBeVisible();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Start over' }).click();
  }
});
