/**
 * The academy in French, end to end: every scenario played in French to its debrief (words from
 * the French dictionary and the scenario's French text, nothing English on the way), and a
 * workshop where one team plays in English and one in French, debriefed together in French.
 * Decisions and expected results come from the engine, never typed in.
 */
import type { Page } from '@playwright/test';
import { test, expect, basePath } from './fixtures.ts';
import {
  bestDecisions,
  dictionary,
  playDecisions,
  startScenario,
  word,
  type Lang,
} from './scenario-driver.ts';
import type { Decision, Scenario, SimState } from '../src/engine/index.ts';
import { findLeaks, idTokens } from '../src/engine/__fixtures__/leaks.ts';
import { localize } from '../src/i18n/content.ts';
import { scenarioFileNames } from '../src/engine/scenario-files.ts';
import { loadScenarioText } from '../src/engine/index.ts';
import { readFileSync } from 'node:fs';
import { fill } from '../src/i18n/fill.ts';

const SEED = 7;

const english = scenarioFileNames('content/scenarios').map((name) => {
  const file = `content/scenarios/${name}`;
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
});

/**
 * English player words that French must not show: multi-word strings whose French differs
 * (single words such as "Notes" or "Contact" are the same in both languages).
 */
const en = dictionary('en');
const fr = dictionary('fr');
const englishOnly = Object.keys(en)
  .filter((k) => k.startsWith('player.') && !/[{}]/.test(en[k] ?? ''))
  .map((k) => en[k] ?? '')
  .filter((text, i, all) => text.split(' ').length >= 3 && all.indexOf(text) === i)
  .filter((text) => !Object.values(fr).includes(text));

async function expectFrenchOnly(page: Page, scenario: Scenario): Promise<void> {
  const text = await page.getByRole('main').innerText();
  expect(findLeaks(text, idTokens(scenario))).toEqual([]);
  expect(englishOnly.filter((phrase) => text.includes(phrase))).toEqual([]);
}

/** Plays decisions through the UI in a language and returns the engine's final state. */
const play = (
  page: Page,
  scenario: Scenario,
  decisions: Decision[],
  lang: Lang,
  mode: 'practice' | 'assessment' = 'practice',
): Promise<SimState> => playDecisions(page, scenario, decisions, { seed: SEED, mode, lang });

for (const source of english) {
  test(`${source.id}: a French trainee plays the best path to a French debrief at 100 %`, async ({
    page,
  }) => {
    test.slow();
    const scenario = localize('scenarios', source.id, source, 'fr');
    expect(scenario.title).not.toBe(source.title);
    await startScenario(page, basePath, scenario, SEED, 'practice', 'fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expectFrenchOnly(page, scenario);
    const final = await play(page, scenario, bestDecisions(scenario, SEED), 'fr');
    const debrief = page.getByRole('region', { name: word('fr', 'player.debrief.title') });
    await expect(debrief.getByText(/\(100\s%\)\.$/)).toBeVisible();
    const ending = final.ending ? scenario.endings[final.ending] : undefined;
    await expect(
      debrief.getByRole('heading', { level: 3, name: ending?.title ?? '' }),
    ).toBeVisible();
    await expectFrenchOnly(page, scenario);
  });
}

test('a mixed-language workshop: one team in English, one in French, debriefed together', async ({
  page,
  browser,
}) => {
  test.slow();
  const source = english.find((s) => s.id === 'minutes-count') ?? english[0];
  if (!source) throw new Error('no scenario');
  const french = localize('scenarios', source.id, source, 'fr');

  // The instructor sets the session up in English.
  await page.goto(`${basePath}instructor/`);
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await page.getByLabel(word('en', 'instructor.setup.scenario')).selectOption(source.id);
  await page.getByRole('radio', { name: /^Assessment/ }).check();
  await page.getByLabel(word('en', 'instructor.setup.seed')).fill(String(SEED));
  const code = await page
    .getByRole('textbox', { name: word('en', 'instructor.setup.code') })
    .inputValue();
  const link = await page
    .getByRole('textbox', { name: word('en', 'instructor.setup.link') })
    .inputValue();

  const codes: string[] = [];
  for (const team of [
    { name: 'Lisbon desk', lang: 'en' as const, scenario: source, url: link },
    {
      name: 'Équipe de Lyon',
      lang: 'fr' as const,
      scenario: french,
      url: link.replace(`${basePath}scenarios/`, `${basePath}fr/scenarios/`),
    },
  ]) {
    const context = await browser.newContext();
    const player = await context.newPage();
    await player.goto(team.url);
    await player.locator('astro-island:not([ssr])').first().waitFor();
    await player.getByLabel(word(team.lang, 'player.workshop.team')).fill(team.name);
    await player.getByRole('button', { name: word(team.lang, 'player.briefing.start') }).click();
    await play(player, team.scenario, bestDecisions(team.scenario, SEED), team.lang, 'assessment');
    codes.push(await player.getByLabel(word(team.lang, 'player.workshop.codeLabel')).inputValue());
    await context.close();
  }

  // A French-speaking trainer debriefs both teams on the French dashboard.
  await page.goto(`${basePath}fr/instructor/debrief/?s=${encodeURIComponent(code)}`);
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await page.getByLabel(word('fr', 'workshop.import.paste')).fill(`${codes.join('\n')}\n`);
  await page.getByRole('button', { name: word('fr', 'workshop.import.button') }).click();
  await expect(
    page.getByText(fill(word('fr', 'workshop.room.teams'), { teams: 2, finished: 2 })),
  ).toBeVisible();
  const first = french.nodes[french.start];
  const point = page.getByRole('article', { name: first?.title ?? '' });
  await expect(
    point.getByText(fill(word('fr', 'workshop.points.reached'), { count: 2, teams: 2 })),
  ).toBeVisible();
  await page.getByText(fill(word('fr', 'workshop.paths.summary'), { count: 2 })).click();
  await expect(page.getByRole('heading', { name: /^Équipe de Lyon/ })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: /^Lisbon desk/ })).toHaveCount(1);
});
