import { test, expect, basePath } from './fixtures.ts';
import {
  bestDecisions,
  decide,
  shippedScenarios,
  startScenario,
  stateAfter,
  formTitle,
  wordedFields,
} from './scenario-driver.ts';

const SEED = 4242;

test('taking back a sent draft puts it back into the form, as sent', async ({ page }) => {
  // The first shipped scenario whose best run drafts a request, and the decisions up to that draft.
  const found = shippedScenarios()
    .map((scenario) => {
      const decisions = bestDecisions(scenario, SEED);
      const at = decisions.findIndex((d) => d.kind === 'draft' && d.draft !== undefined);
      return { scenario, decisions, at };
    })
    .find((x) => x.at >= 0);
  if (!found) throw new Error('no shipped scenario drafts a request on its best path');
  const { scenario, decisions, at } = found;

  await startScenario(page, basePath, scenario, SEED);
  for (let i = 0; i <= at; i++) {
    const d = decisions[i];
    if (!d) throw new Error('missing decision');
    await decide(page, scenario, stateAfter(scenario, SEED, decisions.slice(0, i)), d);
  }
  const sent = decisions[at];
  const task = scenario.nodes[stateAfter(scenario, SEED, decisions.slice(0, at)).node]?.interaction;
  if (sent?.kind !== 'draft' || !sent.draft || task?.kind !== 'draft')
    throw new Error('not a draft');

  await page.getByRole('button', { name: 'Take back my last decision' }).click();
  const form = page.getByRole('form', { name: formTitle(task.type) });
  await expect(form).toBeVisible();
  // Every text the trainee had sent is back in its field.
  let checkedFields = 0;
  for (const field of wordedFields(task.type)) {
    const value = sent.draft[field.id];
    if (typeof value !== 'string' || value === '' || field.kind === 'checkboxes') continue;
    const name = new RegExp(`^${field.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    await expect(form.getByLabel(name)).toHaveValue(value);
    checkedFields++;
  }
  expect(checkedFields).toBeGreaterThan(5);
});
