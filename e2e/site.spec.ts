import { test, expect, expectNoAxeViolations, basePath } from './fixtures.ts';
import type { Page } from '@playwright/test';

/**
 * Collects every internal page reachable from the home page by following links, calling `visit`
 * on each page once it has loaded (so a check can run without a second navigation).
 */
async function crawl(page: Page, visit?: () => Promise<void>): Promise<string[]> {
  const seen = new Set<string>([basePath]);
  const queue = [basePath];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(200);
    if (visit) await visit();
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      expect(
        url.pathname.startsWith(basePath),
        `${href} (on ${path}) stays under ${basePath}`,
      ).toBe(true);
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  return [...seen];
}

test('every page is reachable, under the base path, and passes axe in light and dark schemes', async ({
  page,
}) => {
  // About 40 pages, each checked twice by axe: on the shared, loaded machine this needs more than
  // the default budget (10 minutes ran out at a load average of 33 on 2 cores). The light-scheme
  // check runs during the crawl, to save one navigation per page.
  test.setTimeout(15 * 60_000);
  await page.emulateMedia({ colorScheme: 'light' });
  const pages = await crawl(page, () => expectNoAxeViolations(page));
  expect(pages.length).toBeGreaterThanOrEqual(5);
  expect(pages, 'the legal sources page is linked').toContain(`${basePath}law/`);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of pages) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test('the 404 page answers unknown URLs and leads back into the course', async ({ page }) => {
  const response = await page.goto(`${basePath}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Browse the modules' }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}modules/$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
});

test('a keyboard user can skip to content and reach a module from the home page', async ({
  page,
}) => {
  await page.goto(basePath);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // From the main content, Tab reaches the first call to action: playing a scenario.
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('link', { name: /^Play a case: .+ \(about \d+ min\)$/ }),
  ).toBeFocused();
  const start = page.getByRole('link', { name: 'Start with module 1' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why evidence crosses borders');
});

test('the home page leads with the scenarios: each linked, with its role and time, before the course', async ({
  page,
}) => {
  await page.goto(basePath);
  const hrefs = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const firstModule = hrefs.findIndex((h) => h.includes('/modules/'));
  const scenarioLinks = hrefs.filter((h, i) => /\/scenarios\/[\w-]+\/$/.test(h) && i < firstModule);
  expect(hrefs[0]).toMatch(/\/scenarios\/[\w-]+\/$/);
  const section = page.getByRole('region', { name: 'Practise on a case' });
  const cards = section.getByRole('listitem');
  expect(new Set(scenarioLinks).size).toBe(await cards.count());
  expect(await cards.count()).toBeGreaterThanOrEqual(3);
  for (const card of await cards.all()) {
    await expect(card).toContainText(/About \d+ min/);
    await expect(card).toContainText(
      /You (request evidence from abroad|execute a foreign request)/,
    );
  }
  await page.getByRole('link', { name: /^Play a case: / }).click();
  await expect(page).toHaveURL(/\/scenarios\/[\w-]+\/$/);
});

test('the module index lists modules in course order with objectives on each page', async ({
  page,
}) => {
  await page.goto(`${basePath}modules/`);
  const titles = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(titles.first()).toHaveText('Why evidence crosses borders');
  await expect(titles.nth(1)).toHaveText('Channels of cooperation');
  await titles.nth(1).getByRole('link').click();
  await expect(
    page.getByRole('heading', { name: 'After this module you will be able to' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'References' })).toBeVisible();
});

test('a module page has a working table of contents and previous/next navigation', async ({
  page,
}) => {
  await page.goto(`${basePath}modules/why-evidence-crosses-borders/`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const entries = toc.getByRole('link');
  expect(await entries.count()).toBeGreaterThanOrEqual(4);

  // Following a contents entry lands on that section's heading.
  const target = entries.nth(2);
  const name = (await target.textContent())?.trim() ?? '';
  await target.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name, exact: true });
  await expect(heading).toBeInViewport();
  expect(new URL(page.url()).hash.length).toBeGreaterThan(1);

  const pager = page.getByRole('navigation', { name: 'Module navigation' });
  await pager.getByRole('link', { name: /Next module/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Channels of cooperation');
  await page
    .getByRole('navigation', { name: 'Module navigation' })
    .getByRole('link', { name: /Previous module/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why evidence crosses borders');
});

test('the current section is marked in the main navigation', async ({ page }) => {
  await page.goto(`${basePath}modules/channels-of-cooperation/`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Modules' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Glossary' })).not.toHaveAttribute('aria-current');
});

test('a module prints as a handout without site navigation', async ({ page }) => {
  await page.goto(`${basePath}modules/why-evidence-crosses-borders/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Module navigation' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a legal reference in a module lands on its entry in the legal sources page', async ({
  page,
}) => {
  await page.goto(`${basePath}modules/preservation-and-the-24-7-network/`);
  await page.getByRole('link', { name: 'Art. 29(7)', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}law/#budapest-art-29-7$`));
  const entry = page.getByRole('article', { name: 'Budapest Art. 29(7)' });
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('link', { name: /Primary source/ })).toHaveAttribute(
    'href',
    'https://rm.coe.int/1680081561',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal sources');
});
