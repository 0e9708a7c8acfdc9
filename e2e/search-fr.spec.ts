import { test, expect, expectNoAxeViolations, basePath } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * French search: French pages search the French index (French stemmer, accents folded) and lead to
 * French pages only. Labels come from the French dictionary, so the tests hold once it is translated.
 */
const fr = JSON.parse(
  readFileSync(new URL('../src/i18n/fr.json', import.meta.url), 'utf8'),
) as Record<string, string>;
/** A French UI string; a key the dictionary lacks fails the test here, not in a locator. */
function label(key: string): string {
  const text = fr[key];
  if (text === undefined) throw new Error(`fr.json has no "${key}"`);
  return text;
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A group heading of the search page, e.g. "Section (12)". */
const group = (page: Page, type: string) =>
  page
    .getByRole('main')
    .locator('section')
    .filter({
      has: page.getByRole('heading', {
        level: 2,
        name: new RegExp(`^${escape(label(`search.type.${type}`))} \\(\\d+\\)$`),
      }),
    });

/** Opens the French search page for a query and waits for its results. */
async function searchFr(page: Page, query: string): Promise<void> {
  await page.goto(`${basePath}fr/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('searchbox', { name: label('search.label') })).toHaveValue(query);
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
}

/** Every result link on the page. */
const resultLinks = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('link');

test('"conservation rapide" lands on a French section on expedited preservation', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/search-index\.json|search\/text\//.test(r.url())) fetched.push(new URL(r.url()).pathname);
  });
  await searchFr(page, 'conservation rapide');
  // Only the French index and French text shards are downloaded.
  expect(fetched.length).toBeGreaterThan(0);
  for (const path of fetched) expect(path.startsWith(`${basePath}fr/`), path).toBe(true);
  // Results lead to French pages only.
  const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href?.startsWith(`${basePath}fr/`), href ?? '').toBe(true);
  // The Article 29 section (preservation between States) is among the sections found.
  const sections = group(page, 'section');
  await sections.getByRole('button').click();
  await expect(
    sections.getByRole('link', { name: /La conservation entre États : l'article 29/ }),
  ).toHaveAttribute(
    'href',
    `${basePath}fr/modules/preservation-and-the-24-7-network/#preservation-between-states-article-29`,
  );
  await expectNoAxeViolations(page);
  // The best section is about expedited preservation, and opening it lands on its French heading.
  const first = sections.getByRole('listitem').first().getByRole('link');
  await expect(first).toContainText(/conservation rapide/i);
  await expect(first.locator('mark').first()).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${escape(basePath)}fr/modules/[\\w-]+/#[\\w-]+$`));
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const heading = page.locator(`h2[id="${hash}"]`);
  await expect(heading).toBeInViewport();
  await expect(heading).toContainText(/conservation rapide/i);
});

test('"double incrimination" finds the French section on dual criminality first among sections', async ({
  page,
}) => {
  await searchFr(page, 'double incrimination');
  // The glossary entry may come first (its term is the query); the sections follow it.
  const first = group(page, 'section').getByRole('listitem').first().getByRole('link');
  await expect(first).toHaveAttribute(
    'href',
    `${basePath}fr/modules/mutual-legal-assistance/#dual-criminality`,
  );
  await expect(first).toContainText('La double incrimination');
  await first.click();
  await expect(page.locator('h2[id="dual-criminality"]')).toBeInViewport();
  await expect(page.locator('h2[id="dual-criminality"]')).toHaveText('La double incrimination');
});

test('the header box on a French page searches French content, accents optional', async ({
  page,
}) => {
  await page.goto(`${basePath}fr/modules/`);
  const box = page.getByRole('combobox', { name: label('search.label') });
  // Typed without accents, the word finds the accented text ("autorité centrale").
  await box.fill('autorite centrale');
  const options = page.getByRole('listbox', { name: label('search.results') }).getByRole('option');
  await expect(options.first()).toContainText(/autorités? centrales?/i);
  await expect(options.first().locator('mark').first()).toContainText(/autorit/i);
  await box.press('Enter');
  await expect(page).toHaveURL(
    new RegExp(`${escape(basePath)}fr/search/\\?q=autorite(%20|\\+)centrale$`),
  );
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href?.startsWith(`${basePath}fr/`), href ?? '').toBe(true);
});

test('every French section in the index points at a heading of its French page', async ({
  page,
  request,
}) => {
  test.slow();
  const response = await request.get(`${basePath}fr/search-index.json`);
  const file = (await response.json()) as {
    lang: string;
    docs: [string, string, string, string, number][];
  };
  expect(file.lang).toBe('fr');
  const byPage = new Map<string, string[]>();
  for (const [type, , , url] of file.docs) {
    expect(url.startsWith('fr/'), url).toBe(true);
    if (type !== 'section') continue;
    const [path = '', hash = ''] = url.split('#');
    byPage.set(path, [...(byPage.get(path) ?? []), hash]);
  }
  expect(byPage.size).toBeGreaterThan(0);
  for (const [path, hashes] of byPage) {
    await page.goto(`${basePath}${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const ids = await page.locator('h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    for (const hash of hashes) expect(ids, `${path}#${hash}`).toContain(hash);
  }
});
