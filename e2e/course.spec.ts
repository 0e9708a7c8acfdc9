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

/** A question of the current attempt, by its number. */
const question = (quiz: Locator, n: number): Locator =>
  quiz.getByRole('group', { name: new RegExp(`^Question ${n} of 5`) });

/**
 * The labels of the right options of each question shown, worked out the way a determined cheat
 * would (hashing every option set against the page's sealed pool). Tests use it to answer all
 * right or all wrong on purpose; the page source itself must not give the answers away.
 */
async function rightAnswers(quiz: Locator): Promise<string[][]> {
  return quiz.evaluate((root) => {
    const pool = JSON.parse(root.querySelector('[data-quiz-pool]')?.textContent ?? '{}') as {
      s: string;
      q: Array<{ i: string; t: string; c: string[]; h: string }>;
    };
    const fnv = (text: string): number => {
      let h = 2166136261;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
      return h >>> 0;
    };
    return [...root.querySelectorAll('fieldset')].map((fs) => {
      const q = pool.q.find((x) => x.t === fs.querySelector('legend .text')?.textContent);
      if (!q) return [];
      for (let mask = 1; mask < 1 << q.c.length; mask++) {
        const set = q.c.map((_, i) => i).filter((i) => mask & (1 << i));
        if (fnv(`${pool.s}|${q.i}|${set.join(',')}`).toString(36) === q.h)
          return set.map((i) => q.c[i] ?? '');
      }
      return [];
    });
  });
}

/** Answers every question: all right, or all wrong (a wrong option for one-answer questions, every box for the others). */
async function answer(quiz: Locator, right: boolean): Promise<void> {
  const answers = await rightAnswers(quiz);
  for (let n = 1; n <= 5; n++) {
    const group = question(quiz, n);
    const options = group.getByRole('radio').or(group.getByRole('checkbox'));
    const multiple = (await group.getByRole('checkbox').count()) > 0;
    for (const option of await options.all()) {
      const label =
        (await option.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)) ?? '';
      const isRight = answers[n - 1]?.includes(label) ?? false;
      if (right ? isRight : multiple || !isRight) {
        await option.check();
        if (!multiple && !right) break;
      }
    }
  }
}

test('every module renders its knowledge check: 5 questions drawn, options to choose', async ({
  page,
}) => {
  for (const path of await modulePaths(page)) {
    await page.goto(path);
    const quiz = await quizOn(page);
    await expect(quiz.getByRole('group'), `knowledge check on ${path}`).toHaveCount(5);
    expect(await quiz.getByRole('radio').or(quiz.getByRole('checkbox')).count()).toBeGreaterThan(9);
  }
});

test('the page source does not mark the right answers or carry readable feedback', async ({
  page,
  request,
}) => {
  const html = await (await request.get(moduleOne)).text();
  expect(html).toContain('data-quiz-pool');
  expect(html).not.toContain('data-correct');
  expect(html).not.toMatch(/"correct"|correct:\s*true/);
  // Feedback written for this module's pool (content/quizzes/why-evidence-crosses-borders.yaml).
  expect(html).not.toContain('The offset was subtracted instead of added');
  expect(html).not.toContain('Preservation keeps the logs while the formal request');
  // Before checking, the rendered quiz holds no feedback and the feedback file is not loaded.
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(moduleOne);
  const quiz = await quizOn(page);
  await expect(quiz.locator('.feedback:not(:empty)')).toHaveCount(0);
  expect(fetched.filter((u) => u.includes('/quizzes/'))).toEqual([]);
});

test('a wrong answer shows teaching feedback and the score; retry draws a new attempt', async ({
  page,
}) => {
  await page.goto(moduleOne);
  const quiz = await quizOn(page);
  await page.evaluate(() => {
    const results: unknown[] = [];
    Object.assign(window, { quizResults: results });
    window.addEventListener('cca:quiz-result', (e) => results.push((e as CustomEvent).detail));
  });
  const firstDraw = await quiz.locator('legend .text').allTextContents();
  await answer(quiz, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();

  const status = quiz.getByRole('status');
  await expect(status).toContainText('0 of 5 correct.');
  await expect(status.locator('p')).toBeFocused();
  await expect(question(quiz, 1)).toContainText('Your answer, but not correct:');
  await expect(question(quiz, 1)).toContainText('Not quite.');
  // The teaching text arrives from the module's feedback file after checking.
  await expect
    .poll(
      async () =>
        (await question(quiz, 1).locator('.chosen-wrong .feedback').first().textContent())
          ?.length ?? 0,
    )
    .toBeGreaterThan('Your answer, but not correct:'.length + 10);
  await expect(
    question(quiz, 1).getByRole('radio').or(question(quiz, 1).getByRole('checkbox')).first(),
  ).toBeDisabled();

  const results = await page.evaluate(
    () => (window as unknown as { quizResults: unknown[] }).quizResults,
  );
  expect(results).toEqual([
    expect.objectContaining({
      moduleId: 'why-evidence-crosses-borders',
      quizId: 'why-evidence-crosses-borders-check',
      score: 0,
      max: 5,
      seed: expect.stringMatching(/^[0-9a-f]{8}$/),
      questions: expect.arrayContaining([expect.stringMatching(/^q\d+$/)]),
    }),
  ]);
  await expectNoAxeViolations(page);

  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(
    question(quiz, 1).getByRole('radio').or(question(quiz, 1).getByRole('checkbox')).first(),
  ).toBeFocused();
  await expect(quiz.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(quiz.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(quiz).not.toContainText('Your answer');
  await answer(quiz, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(status).toContainText('5 of 5 correct.');
  // A new seed: the draw or the order differs from the first attempt (8 questions, 5 drawn).
  const secondDraw = await quiz.locator('legend .text').allTextContents();
  const options = await quiz.locator('label').allTextContents();
  expect(secondDraw.join() + options.join()).not.toBe(firstDraw.join());
});

test('a keyboard-only learner can answer, check and retry a knowledge check', async ({ page }) => {
  await page.goto(moduleTwo);
  const quiz = await quizOn(page);
  const firstInput = question(quiz, 1).locator('input').first();
  // Tab from the top of the page until the first option has focus.
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    if (await firstInput.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(firstInput).toBeFocused();
  // Questions are drawn per attempt: a radio group is one Tab stop, each checkbox is its own.
  for (let n = 1; n <= 5; n++) {
    const inputs = question(quiz, n).locator('input');
    const boxes = await question(quiz, n).getByRole('checkbox').count();
    await page.keyboard.press('Space');
    const stops = boxes > 0 ? await inputs.count() : 1;
    for (let i = 0; i < stops; i++) await page.keyboard.press('Tab');
  }
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status')).toContainText(/[0-5] of 5 correct\./);
  await expect(quiz.getByRole('status').locator('p')).toBeFocused();
  await expect(question(quiz, 1)).toContainText(/Correct\.|Not quite\./);

  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question(quiz, 1).locator('input').first()).toBeFocused();
  await expect(question(quiz, 1).locator('input').first()).not.toBeChecked();
});

test('the certificate does not unlock by retrying a knowledge check', async ({ page }) => {
  await page.goto(moduleOne);
  const quiz = await quizOn(page);
  await answer(quiz, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('0 of 5 correct.');
  for (let i = 0; i < 2; i++) {
    await quiz.getByRole('button', { name: 'Try again' }).click();
    await answer(quiz, true);
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    await expect(quiz.getByRole('status')).toContainText('5 of 5 correct.');
  }
  // A reload is still the same session.
  await page.reload();
  const again = await quizOn(page);
  await answer(again, true);
  await again.getByRole('button', { name: 'Check answers' }).click();
  await expect(again.getByRole('status')).toContainText('5 of 5 correct.');

  await page.goto(`${basePath}certificate/`);
  await expect(page.getByRole('heading', { name: 'What a certificate requires' })).toBeVisible();
  await expect(page.getByText(/first check of a session/).first()).toBeVisible();
  const need = page.getByRole('listitem').filter({ hasText: /Why evidence crosses borders/i });
  await expect(need).toContainText('counted so far: 0 %; best on any attempt: 100 %');
  await expect(page.getByRole('button', { name: 'Create certificate' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('checking with an unanswered question says which one and moves focus there', async ({
  page,
}) => {
  await page.goto(moduleTwo);
  const quiz = await quizOn(page);
  await question(quiz, 1).locator('input').first().check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('Please answer question 2 before checking.');
  await expect(question(quiz, 2).locator('input').first()).toBeFocused();
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
