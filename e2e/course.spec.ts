import { gzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, basePath } from './fixtures.ts';

const moduleOne = `${basePath}modules/why-evidence-crosses-borders/`;
const moduleTwo = `${basePath}modules/channels-of-cooperation/`;
const builder = `${basePath}templates/preservation/`;

/** The knowledge check on the page, once its script is running. */
async function quizOn(page: Page): Promise<Locator> {
  const quiz = page.getByRole('region', { name: 'Knowledge check' }).first();
  await quiz.scrollIntoViewIfNeeded();
  // The quiz is ready once its script has enabled the button.
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeEnabled();
  return quiz;
}

/** The request builder, once its island has hydrated. */
async function builderOn(page: Page): Promise<void> {
  await page.goto(builder);
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
}

/** Paths of every module linked from the module index. */
async function modulePaths(page: Page): Promise<string[]> {
  await page.goto(`${basePath}modules/`);
  const hrefs = await page
    .getByRole('main')
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThanOrEqual(2);
  return hrefs;
}

test('every module renders its knowledge check, with the questions in the HTML', async ({
  page,
}) => {
  for (const path of await modulePaths(page)) {
    await page.goto(path);
    const quiz = page.getByRole('region', { name: 'Knowledge check' }).first();
    await expect(quiz, `knowledge check on ${path}`).toBeVisible();
    await expect(quiz.getByRole('group').first()).toBeVisible();
    expect(await quiz.getByRole('radio').or(quiz.getByRole('checkbox')).count()).toBeGreaterThan(1);
  }
});

test('a wrong answer shows teaching feedback and the score; retry resets', async ({ page }) => {
  await page.goto(moduleOne);
  const quiz = await quizOn(page);
  await page.evaluate(() => {
    const results: unknown[] = [];
    Object.assign(window, { quizResults: results });
    window.addEventListener('cca:quiz-result', (e) => results.push((e as CustomEvent).detail));
  });

  const q = (n: number): Locator =>
    quiz.getByRole('group', { name: new RegExp(`^Question ${n} of 5`) });
  await q(1)
    .getByRole('radio', { name: /Send the complete MLA request first/ })
    .check();
  for (const option of await q(2).getByRole('checkbox').all()) await option.check();
  await q(2).getByRole('checkbox', { name: "The suspect's full name" }).uncheck();
  await q(3).getByRole('radio').first().check();
  await q(4).getByRole('radio').first().check();
  await q(5).getByRole('checkbox').nth(0).check();
  await q(5).getByRole('checkbox').nth(1).check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();

  const status = quiz.getByRole('status');
  await expect(status).toContainText('4 of 5 correct.');
  await expect(status.locator('p')).toBeFocused();
  await expect(q(1)).toContainText('Your answer, but not correct:');
  await expect(q(1)).toContainText('No: while the request is written and travels');
  await expect(q(1)).toContainText('Also correct, but not chosen:');
  await expect(q(1)).toContainText('Not quite.');
  await expect(q(2)).toContainText('Correct.');
  await expect(q(1).getByRole('radio').first()).toBeDisabled();

  const results = await page.evaluate(
    () => (window as unknown as { quizResults: unknown[] }).quizResults,
  );
  expect(results).toEqual([
    {
      moduleId: 'why-evidence-crosses-borders',
      quizId: 'why-evidence-crosses-borders-check',
      score: 4,
      max: 5,
      answers: [
        { question: 0, selected: [1], correct: false },
        { question: 1, selected: [0, 1, 2], correct: true },
        { question: 2, selected: [0], correct: true },
        { question: 3, selected: [0], correct: true },
        { question: 4, selected: [0, 1], correct: true },
      ],
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
    },
  ]);

  await expectNoAxeViolations(page);

  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(q(1).getByRole('radio').first()).toBeFocused();
  await expect(quiz.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(quiz.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(quiz).not.toContainText('Your answer');
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeEnabled();
});

test('a keyboard-only learner can answer, check and retry a knowledge check', async ({ page }) => {
  await page.goto(moduleTwo);
  const quiz = await quizOn(page);
  const firstRadio = quiz.getByRole('radio').first();
  // Tab from the top of the page until the first option has focus.
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    if (await firstRadio.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(firstRadio).toBeFocused();

  const keys = [
    'Space', // Q1: the first option
    'Tab',
    'Space',
    'Tab',
    'Space',
    'Tab', // Q2: first two of three boxes
    'Tab',
    'Space', // Q3
    'Tab',
    'Space', // Q4
    'Tab',
    'Space',
    'Tab',
    'Space',
    'Tab', // Q5: first two of three boxes
    'Tab', // the check button
  ];
  for (const key of keys) await page.keyboard.press(key);
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status')).toContainText('5 of 5 correct.');
  await expect(quiz.getByRole('status').locator('p')).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(firstRadio).toBeFocused();
  await expect(firstRadio).not.toBeChecked();
});

test('checking with an unanswered question says which one and moves focus there', async ({
  page,
}) => {
  await page.goto(moduleTwo);
  const quiz = await quizOn(page);
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('Please answer question 2 before checking.');
  await expect(
    quiz
      .getByRole('group', { name: /^Question 2 of 5/ })
      .getByRole('checkbox')
      .first(),
  ).toBeFocused();
});

test('a glossary term in a module shows its definition on focus and leads to its entry', async ({
  page,
}) => {
  await page.goto(moduleOne);
  const section = page.locator('.prose p', { hasText: 'These questions check the main points' });
  const term = section.getByRole('link', { name: 'preservation' });
  await expect(term).toHaveAccessibleDescription(/^Preservation: An order or request to keep/);
  const tip = section.getByRole('tooltip');
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${basePath}glossary/#preservation$`));
  const heading = page.getByRole('heading', { level: 3, name: 'Preservation', exact: true });
  await expect(heading).toBeInViewport();
});

test('the glossary is alphabetical, jumps by letter, links related terms, and passes axe', async ({
  page,
}) => {
  await page.goto(`${basePath}glossary/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  const terms = await page.getByRole('heading', { level: 3 }).allTextContents();
  expect(terms.length).toBeGreaterThanOrEqual(6);
  const sorted = [...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  expect(terms).toEqual(sorted);

  const letters = page.getByRole('navigation', { name: 'Jump to a letter' });
  await letters.getByRole('link', { name: 'T', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'T', exact: true })).toBeInViewport();

  const entry = page.getByRole('article', { name: 'Preservation', exact: true });
  await entry.getByRole('link', { name: 'Disclosure', exact: true }).click();
  await expect(page).toHaveURL(/#disclosure$/);
  await expectNoAxeViolations(page);
});

test('the templates index lists every builder and passes axe', async ({ page }) => {
  await page.goto(`${basePath}templates/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Request templates' })).toBeVisible();
  await expect(page.getByText('Nothing you type is sent anywhere')).toBeVisible();
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  await expect(links).toHaveCount(5);
  await expectNoAxeViolations(page);
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Preservation request' })).toBeVisible();
});

test('the builder flags a missing time zone and accepts a complete draft', async ({ page }) => {
  await builderOn(page);
  const findings = page.getByRole('region', { name: 'Checks on your draft' });
  // Before any input, a neutral checklist names the field (problems come after blur or Check).
  await expect(
    findings.getByRole('listitem').filter({ hasText: 'Offence under investigation' }),
  ).toHaveCount(1);
  await expect(findings.getByRole('link', { name: 'Go to the field' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Fill in the worked example' }).click();
  await expect(findings).toContainText('No problems found');

  const zone = page.getByRole('combobox', { name: /Time zone of the log/ });
  await zone.fill('');
  await zone.press('Tab');
  await expect(
    findings.getByRole('listitem').filter({ hasText: 'Time zone of the log' }),
  ).toHaveCount(1);
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await findings.getByRole('link', { name: 'Go to the field' }).first().click();
  await expect(page).toHaveURL(/#field-eventZone$/);
  await zone.fill('Europe/Berlin');
  await zone.press('Tab');
  await expect(findings).toContainText('No problems found');

  // A wrong UTC conversion is caught against the local time and zone typed (no case file here).
  const utc = page.getByRole('textbox', { name: /The same moment in UTC/ });
  await utc.fill('2026-03-06 21:14:07');
  await expect(findings).toContainText('The UTC conversion is wrong');
  await utc.fill('2026-03-06 20:14:07');

  // The draft survives a reload in this tab, and "Clear form" deletes it.
  await page.reload();
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: /Offence under investigation/ })).toHaveValue(
    'Distribution of child sexual abuse material',
  );
  await page.getByRole('button', { name: 'Clear form' }).click();
  await expect(page.getByRole('textbox', { name: /Offence under investigation/ })).toHaveValue('');
  expect(await page.evaluate(() => sessionStorage.getItem('cca:builder:preservation'))).toBeNull();
});

test('the builder downloads the draft as text', async ({ page }) => {
  await builderOn(page);
  await page.getByRole('button', { name: 'Fill in the worked example' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as text (.txt)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('preservation-CCU-2026-0142.txt');
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text).toContain('Request for expedited preservation of stored data');
  expect(text).toContain('Time zone of the log: Europe/Berlin');
});

test('a module prints with its questions, and a draft prints as a letter without the form', async ({
  page,
}) => {
  await page.goto(moduleOne);
  const quiz = await quizOn(page);
  await page.emulateMedia({ media: 'print' });
  await expect(quiz.getByRole('group').first()).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await builderOn(page);
  await page.getByRole('button', { name: 'Fill in the worked example' }).click();
  await page.emulateMedia({ media: 'print' });
  const letter = page.getByRole('article', {
    name: 'Request for expedited preservation of stored data',
  });
  await expect(letter).toBeVisible();
  await expect(letter).toContainText('198.51.100.23 source port 41234');
  await expect(page.getByRole('textbox', { name: /Offence under investigation/ })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Checks on your draft' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Common mistakes' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});

/** Loads a page, brings every island into view, and sums the gzip size of everything it loaded. */
async function wireWeight(page: Page, path: string): Promise<{ total: number; js: number }> {
  const bodies: Promise<{ url: string; size: number }>[] = [];
  const listener = (response: import('@playwright/test').Response): void => {
    bodies.push(
      response
        .body()
        .then((body) => ({ url: response.url(), size: gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ url: response.url(), size: 0 })),
    );
  };
  page.on('response', listener);
  await page.goto(path);
  // Islands hydrate when visible: bring each into view so that all their code is loaded.
  // <astro-island> is display: contents, so scroll its first element.
  for (const island of await page.locator('astro-island').all()) {
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
  }
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  const sizes = await Promise.all(bodies);
  return {
    total: sizes.reduce((sum, s) => sum + s.size, 0),
    js: sizes.filter((s) => s.url.endsWith('.js')).reduce((sum, s) => sum + s.size, 0),
  };
}

test('weight: a module page with its quiz stays within 45 KB gzip in total; builder JS is measured', async ({
  page,
}) => {
  test.slow();
  const report: string[] = [];
  let heaviest = 0;
  for (const path of await modulePaths(page)) {
    const { total, js } = await wireWeight(page, path);
    heaviest = Math.max(heaviest, total);
    report.push(`${path}: ${total} B gzip in total (${js} B JS)`);
    expect(total, `${path} weighs ${total} B gzip`).toBeLessThanOrEqual(45 * 1024);
  }
  const built = await wireWeight(page, builder);
  report.push(`${builder}: ${built.total} B gzip in total (${built.js} B JS)`);
  test.info().annotations.push({ type: 'weight', description: report.join('\n') });
  console.log(`Wire weight (gzip -9):\n${report.join('\n')}`);
  expect(heaviest).toBeGreaterThan(0);
});
