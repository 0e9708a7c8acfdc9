import { test, expect, expectNoAxeViolations, basePath } from './fixtures.ts';

test('the index is fetched only when the learner starts searching', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('search-index.json')) fetched.push(r.url());
  });
  await page.goto(basePath);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await page.getByRole('combobox', { name: 'Search the course' }).focus();
  await expect.poll(() => fetched.length).toBe(1);
});

test('header search: type, move with the keyboard, land on the section heading', async ({
  page,
}) => {
  await page.goto(`${basePath}modules/`);
  // "/" focuses the box from anywhere on the page.
  await page.locator('body').press('/');
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await expect(box).toBeFocused();
  await box.pressSequentially('art 29');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await expect(listbox).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  // The popup's styles load with its code, under the site's base path: it floats over the page.
  const popupPosition = await listbox.evaluate((l) => getComputedStyle(l.parentElement!).position);
  expect(popupPosition).toBe('absolute');
  const options = listbox.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(options.first().locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await options.first().getAttribute('id')) ?? '',
  );
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');

  await expect(page).toHaveURL(/\/modules\/[\w-]+\/#[\w-]+$/);
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const heading = page.locator(`[id="${hash}"]`);
  await expect(heading).toHaveCount(1);
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((h) => h.tagName)).toBe('H2');
});

test('Escape closes the popup and Enter without a choice opens the search page', async ({
  page,
}) => {
  await page.goto(basePath);
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await box.fill('preserv');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await box.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${basePath}search/\\?q=preserv$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
});

test('the search page works from a pasted link and groups results by type', async ({ page }) => {
  await page.goto(`${basePath}search/?q=${encodeURIComponent('Art. 29(3)')}`);
  const input = page.getByRole('searchbox', { name: 'Search the course' });
  await expect(input).toHaveValue('Art. 29(3)');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: /^Section \(\d+\)$/ })).toBeVisible();
  const first = main.getByRole('listitem').first().getByRole('link');
  await expect(first.locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page);
  const href = (await first.getAttribute('href')) ?? '';
  expect(href.startsWith(`${basePath}modules/`)).toBe(true);
  await first.click();
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
});

test('no results shows suggestions that lead to the modules', async ({ page }) => {
  await page.goto(`${basePath}search/?q=zzqxv`);
  await expect(page.getByRole('heading', { name: 'Nothing found for "zzqxv".' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('main').getByRole('link', { name: 'Browse all modules' }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}modules/$`));
});

test('every section in the index points at a heading that exists on its page', async ({
  page,
  request,
}) => {
  test.slow();
  const response = await request.get(`${basePath}search-index.json`);
  const file = (await response.json()) as { docs: [string, string, string, string, string][] };
  const byPage = new Map<string, string[]>();
  for (const [type, , , url] of file.docs) {
    if (type !== 'section') continue;
    const [path = '', hash = ''] = url.split('#');
    byPage.set(path, [...(byPage.get(path) ?? []), hash]);
  }
  expect(byPage.size).toBeGreaterThan(0);
  for (const [path, hashes] of byPage) {
    await page.goto(`${basePath}${path}`);
    const ids = await page.locator('h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    for (const hash of hashes) expect(ids, `${path}#${hash}`).toContain(hash);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header box is a plain form that opens the search page', async ({ page }) => {
    await page.goto(basePath);
    const box = page.getByRole('combobox', { name: 'Search the course' });
    await box.fill('mla');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${basePath}search/\\?q=mla$`));
    await expect(page.getByRole('link', { name: 'Browse all modules' }).first()).toBeVisible();
  });
});

test('a glossary term is found from the header box and opens its entry on the glossary page', async ({
  page,
}) => {
  await page.goto(basePath);
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await box.fill('letters rogatory');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText('Letters rogatory');
  await expect(first).toContainText('Glossary term');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${basePath}glossary/#letters-rogatory$`));
  await expect(page.locator('[id="letters-rogatory"]')).toBeInViewport();
});

test('the search page lists request templates under their own heading', async ({ page }) => {
  await page.goto(`${basePath}search/?q=${encodeURIComponent('preservation request template')}`);
  const main = page.getByRole('main');
  const heading = main.getByRole('heading', { level: 2, name: /^Request template \(\d+\)$/ });
  await expect(heading).toBeVisible();
  const link = main.getByRole('link', { name: /^Preservation request/ }).first();
  await expect(link).toHaveAttribute('href', `${basePath}templates/preservation/`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Preservation request' })).toBeVisible();
});

test('header popup: results update as a typo is typed, "Did you mean" leads to the right search', async ({
  page,
}) => {
  await page.goto(`${basePath}templates/`);
  await page.locator('body').press('/');
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await expect(box).toBeFocused();
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const options = listbox.getByRole('option');
  // Live: results appear while typing, before the word is complete.
  await box.pressSequentially('dual crim');
  await expect(options.first()).toContainText(/criminality/i);
  await box.fill('');
  await box.pressSequentially('preservaton');
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toContainText(/preservation/i);
  const popup = page.locator('[data-popup]');
  await expect(popup.getByText('Did you mean preservation?')).toBeVisible();
  // Title and type are apart, for the eye and in the option's accessible name.
  const name = (await options.first().textContent()) ?? '';
  expect(name).toMatch(/\w, (Module|Section|Glossary term|Request template|Scenario)\b/);
  expect(name).not.toMatch(/[a-z)](Module|Section|Glossary term|Request template|Scenario)\b/);
  const [title, type] = await Promise.all([
    options.first().locator('.result-title').boundingBox(),
    options.first().locator('.result-type').boundingBox(),
  ]);
  expect(title && type && (type.x >= title.x + title.width + 4 || type.y > title.y)).toBe(true);
  await expectNoAxeViolations(page);

  // Keyboard only: down to the first result, Enter opens it.
  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(page).not.toHaveURL(new RegExp(`${basePath}templates/$`));

  await page.goto(basePath);
  await page.getByRole('combobox', { name: 'Search the course' }).fill('preservaton');
  await page
    .locator('[data-popup]')
    .getByRole('link', { name: 'preservation', exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`${basePath}search/\\?q=preservation$`));
});

test('the search page puts the best match first and offers "Did you mean"', async ({ page }) => {
  await page.goto(`${basePath}search/?q=preservaton`);
  const main = page.getByRole('main');
  await expect(main.getByText('Did you mean preservation?')).toBeVisible();
  const groups = main.getByRole('heading', { level: 2, name: /\(\d+\)$/ });
  // The best matches for "preservation" are glossary entries and modules, not the 50-odd sections.
  await expect(groups.first()).toHaveText(/^(Glossary term|Module) \(\d+\)$/);
  const sections = main
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /^Section/ }) });
  await expect(sections.getByRole('listitem')).toHaveCount(5);
  const total = Number(
    /\((\d+)\)/.exec((await sections.getByRole('heading').textContent()) ?? '')?.[1],
  );
  expect(total).toBeGreaterThan(5);
  await expectNoAxeViolations(page);
  await sections.getByRole('button', { name: `Show all ${total} (Section)` }).click();
  await expect(sections.getByRole('listitem')).toHaveCount(total);
  await expect(sections.getByRole('listitem').nth(5).getByRole('link')).toBeFocused();
  await main.getByRole('link', { name: 'preservation', exact: true }).click();
  await expect(page.getByRole('searchbox', { name: 'Search the course' })).toHaveValue(
    'preservation',
  );
  await expect(main.getByText('Did you mean')).toBeHidden();
});

test('what the learner typed is shown as typed, "$&" and all', async ({ page }) => {
  const typed = "zq$&x$`y$'w$$";
  await page.goto(`${basePath}search/?q=${encodeURIComponent(typed)}`);
  await expect(page.getByRole('heading', { name: `Nothing found for "${typed}".` })).toBeVisible();
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await box.fill(typed);
  await expect(
    page.locator('[data-popup]').getByRole('link', { name: `Nothing found for "${typed}".` }),
  ).toBeVisible();
});
