import { test, expect, expectNoAxeViolations, basePath } from './fixtures.ts';

test.beforeEach(async ({ page }) => {
  await page.goto(`${basePath}templates/preservation/`);
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
});

test('the builder shows a neutral checklist before input, problems after a field is left', async ({
  page,
}) => {
  const findings = page.getByRole('region', { name: 'Checks on your draft' });
  const form = page.getByRole('form', { name: 'Draft the request' });
  // Nothing typed yet: no red problems, no invalid fields, only the list of required elements.
  await expect(findings.getByText('Problem:')).toHaveCount(0);
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(findings.getByRole('listitem').filter({ hasText: 'Identifiers' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  // Leaving a required field empty flags that field, and only that one.
  const offence = form.getByRole('textbox', { name: /Offence under investigation/ });
  await offence.focus();
  await offence.press('Tab');
  await expect(offence).toHaveAttribute('aria-invalid', 'true');
  await expect(findings.getByText('Missing: Offence under investigation.')).toBeVisible();
  await expect(findings.getByText('Problem:')).toHaveCount(1);

  // "Check the draft" shows every problem and ends the checklist.
  await form.getByRole('button', { name: 'Check the draft' }).click();
  expect(await findings.getByText('Problem:').count()).toBeGreaterThan(5);
  await expect(findings.getByText('Required elements')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the builder flags a /24 range and a one-month window, with the proportionality reason', async ({
  page,
}) => {
  const findings = page.getByRole('region', { name: 'Checks on your draft' });
  const form = page.getByRole('form', { name: 'Draft the request' });
  await page.getByRole('button', { name: 'Fill in the worked example' }).click();
  await expect(findings).toContainText('No problems found');

  const identifiers = form.getByRole('textbox', { name: /^Identifiers/ });
  await identifiers.fill('198.51.100.0/24');
  await identifiers.press('Tab');
  await expect(findings).toContainText('range of addresses (198.51.100.0/24, 256 addresses)');
  await expect(findings).toContainText('Proportionality: a range covers many subscribers');
  await identifiers.fill('198.51.100.23 source port 41234');

  await form.getByRole('textbox', { name: /^Data from/ }).fill('2026-02-06 20:14:07');
  await expect(findings).toContainText('about 28 days');
  await expect(findings).toContainText('Proportionality: providers narrow or refuse');
  await expect(findings).not.toContainText('No problems found');
});
