import { test, expect, basePath, siteUrl } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * The French site: the language switcher leads to the same page in the other language and back,
 * with `lang`, `hreflang` (absolute, when the build knows its origin) and the base path right; progress is one record for both languages.
 * Locators take their words from the dictionaries, so the tests hold once French is translated.
 */
const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../src/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
const dict = { en: read('en'), fr: read('fr') };
/** A UI string of a language (a missing key fails the test that uses it). */
const word = (lang: Lang, key: string): string => {
  const value = Object.hasOwn(dict[lang], key) ? dict[lang][key] : undefined;
  if (value === undefined) throw new Error(`${lang}.json has no ${key}`);
  return value;
};
type Lang = keyof typeof dict;
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** The switcher link of a page in `lang`: it names the other language in that language. */
const switcher = (page: Page, lang: Lang) =>
  page
    .getByRole('navigation', { name: word(lang, 'lang.label') })
    .getByRole('link', { name: word(other(lang), 'lang.name'), exact: true });

async function expectLanguage(page: Page, lang: Lang, path: string): Promise<void> {
  const french = `${basePath}fr/${path}`;
  const english = `${basePath}${path}`;
  await expect(page).toHaveURL(new RegExp(`${lang === 'fr' ? french : english}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const alternate = (hreflang: string) =>
    page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`);
  if (siteUrl) {
    // hreflang links are absolute (search engines and Lighthouse refuse relative ones).
    await expect(alternate('en')).toHaveAttribute('href', `${siteUrl}${english}`);
    await expect(alternate('fr')).toHaveAttribute('href', `${siteUrl}${french}`);
    await expect(alternate('x-default')).toHaveAttribute('href', `${siteUrl}${english}`);
  } else {
    // A build that does not know its origin writes none rather than invalid relative ones.
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  }
  const link = switcher(page, lang);
  await expect(link).toHaveAttribute('lang', other(lang));
  await expect(link).toHaveAttribute('hreflang', other(lang));
}

const samePages = [
  '',
  'modules/preservation-and-the-24-7-network/',
  'glossary/',
  'scenarios/minutes-count/',
  'instructor/guide/central-authority/',
  'about/',
];

test('the switcher leads to the same page in French and back, by keyboard, under the base path', async ({
  page,
}) => {
  for (const path of samePages) {
    await page.goto(`${basePath}${path}`);
    await expectLanguage(page, 'en', path);
    await switcher(page, 'en').focus();
    await page.keyboard.press('Enter');
    await expectLanguage(page, 'fr', path);
    // Links inside a French page stay in French.
    const main = await page
      .getByRole('navigation', { name: word('fr', 'nav.label') })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(
      main.every((href) => href.startsWith(`${basePath}fr/`)),
      main.join(' '),
    ).toBe(true);
    await switcher(page, 'fr').click();
    await expectLanguage(page, 'en', path);
  }
});

test('French pages date in French and link their knowledge check to French feedback', async ({
  page,
  request,
}) => {
  await page.goto(`${basePath}fr/modules/why-evidence-crosses-borders/`);
  await expect(page.locator('.module-head .meta')).toContainText(
    /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
  );
  const feedback = await page.locator('[data-feedback]').getAttribute('data-feedback');
  expect(feedback).toBe(`${basePath}fr/quizzes/why-evidence-crosses-borders.json`);
  expect((await request.get(feedback ?? '')).status()).toBe(200);
  // Unknown pages answer in English with a way into either language's home page.
  await page.goto(`${basePath}fr/no-such-page/`);
  await switcher(page, 'en').click();
  await expect(page).toHaveURL(new RegExp(`${basePath}fr/$`));
});

test('a module read in French counts as read on the English module index', async ({ page }) => {
  await page.clock.install();
  await page.goto(`${basePath}fr/modules/why-evidence-crosses-borders/`);
  for (let i = 0; i < 60; i++) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.body.scrollHeight - 2;
    });
    await page.waitForTimeout(30);
    await page.clock.runFor(13_000);
    if (done) break;
  }
  await expect(page.locator('header .read-status')).toHaveText(
    new RegExp(`^\\s*${word('fr', 'progress.module.read')}\\s*$`),
  );
  await page.goto(`${basePath}modules/`);
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Why evidence crosses borders/ }) });
  await expect(card.locator('.read-status')).toHaveText(
    new RegExp(`^\\s*${word('en', 'progress.module.read')}\\s*$`),
  );
});
