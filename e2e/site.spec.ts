import { test, expect, expectNoAxeViolations, basePath } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
    // Links that islands draw (My progress links the certificate) count once they have hydrated.
    await page
      .locator('astro-island[ssr]')
      .first()
      .waitFor({ state: 'detached', timeout: 5000 })
      .catch(() => undefined);
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

/** Every page of the build under test (`E2E_DIR`), as URL paths under the base path. */
function builtPages(): string[] {
  const dir = process.env.E2E_DIR ?? 'dist';
  if (!existsSync(dir)) return [];
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(dir, folder).split(sep).join('/');
        pages.push(rel ? `${basePath}${rel}/` : basePath);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

const pages = builtPages();
const isFrench = (path: string): boolean => path.startsWith(`${basePath}fr/`);
/** Axe runs in shards so that the workers check pages in parallel (about 50 pages, 2 schemes). */
const AXE_SHARDS = 4;

test('every built page is reachable by links from the home page, under the base path', async ({
  page,
}) => {
  test.setTimeout(5 * 60_000);
  const reached = await crawl(page);
  expect(reached, 'the legal sources page is linked').toContain(`${basePath}law/`);
  // French pages are reached through the language switcher of every page.
  expect(reached, 'the French home page is linked').toContain(`${basePath}fr/`);
  expect(pages.length).toBeGreaterThanOrEqual(5);
  // A page nobody can reach by following links is a page nobody finds (quiz JSON is not a page).
  expect(pages.filter((p) => !reached.includes(p))).toEqual([]);
});

for (let shard = 0; shard < AXE_SHARDS; shard++) {
  const mine = pages.filter((_, i) => i % AXE_SHARDS === shard);
  test(`axe passes in light and dark schemes (pages ${shard + 1} of ${AXE_SHARDS})`, async ({
    page,
  }) => {
    test.setTimeout(6 * 60_000);
    expect(mine.length).toBeGreaterThan(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // French pages share their templates and styles with the English ones: they are checked in
      // the light scheme (language, names, structure); colours are the same, checked in English.
      const checked = scheme === 'dark' ? mine.filter((p) => !isFrench(p)) : mine;
      for (const path of checked) {
        const response = await page.goto(path);
        expect(response?.status(), `status of ${path}`).toBe(200);
        await expectNoAxeViolations(page);
      }
    }
  });
}

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
