/**
 * Drives the scenario player like a trainee, from engine decisions. The expected outcomes come
 * from the engine (the same code the build ships), never typed into the tests.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { formWord, labelLookup, wordFields, type WordedField } from '../src/lib/request-words.ts';
import {
  applyDecision,
  availableDecisions,
  bestAchievable,
  initialState,
  runDecisions,
  viewOf,
  totalScore,
  type Decision,
  type Scenario,
  type SimState,
} from '../src/engine/index.ts';
import { requestTypes, type RequestType } from '../src/engine/requests/index.ts';

/** Every published scenario, parsed by the engine (the unit tests' lister). */
export { shippedScenarios } from '../src/engine/__fixtures__/shipped.ts';

/** The best decisions for a seed, from the engine's search. */
export function bestDecisions(scenario: Scenario, seed: number): Decision[] {
  return bestAchievable(scenario, seed).decisions;
}

/** A careless run: at every step, the decision that scores least right now. */
export function carelessDecisions(scenario: Scenario, seed: number): Decision[] {
  let state: SimState = initialState(scenario, seed);
  const out: Decision[] = [];
  while (state.ending === null && out.length < 200) {
    let worst: { d: Decision; s: SimState; score: number } | null = null;
    for (const d of availableDecisions(scenario, state)) {
      const r = applyDecision(scenario, state, d);
      if (r.ok && (worst === null || totalScore(r.state) < worst.score)) {
        worst = { d, s: r.state, score: totalScore(r.state) };
      }
    }
    if (!worst) break;
    out.push(worst.d);
    state = worst.s;
  }
  return out;
}

/** The engine's state after a list of decisions. */
export function stateAfter(scenario: Scenario, seed: number, decisions: Decision[]): SimState {
  const run = runDecisions(scenario, seed, decisions);
  if (!run.ok) throw new Error(`decision ${run.index + 1}: ${run.reason}`);
  return run.state;
}

/** Opens a scenario with a fixed seed and starts it in the given mode. */
export async function startScenario(
  page: Page,
  basePath: string,
  scenario: Scenario,
  seed: number,
  mode: 'practice' | 'assessment' = 'practice',
  lang: Lang = 'en',
): Promise<void> {
  const prefix = lang === 'en' ? '' : `${lang}/`;
  await page.goto(`${basePath}${prefix}scenarios/${scenario.id}/?seed=${seed}`);
  await page.locator('astro-island:not([ssr])').waitFor();
  await page
    .getByRole('radio', { name: new RegExp(`^${word(lang, `player.mode.${mode}`)}`) })
    .check();
  await page.getByRole('button', { name: word(lang, 'player.briefing.start') }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: scenario.nodes[scenario.start]?.title ?? '' }),
  ).toBeVisible();
}

/**
 * Makes one decision through the UI, as a trainee would with the mouse. It dispatches on the
 * interaction the player shows (the engine's view), so a new kind fails type-checking here too.
 */
export async function decide(
  page: Page,
  scenario: Scenario,
  state: SimState,
  d: Decision,
  lang: Lang = 'en',
): Promise<void> {
  const interaction = viewOf(scenario, state).node?.interaction;
  if (!interaction) throw new Error(`no node ${state.node}`);
  const panel = page.getByRole('main');
  switch (interaction.kind) {
    case 'choices': {
      if (d.kind !== 'choose') throw new Error(`a ${d.kind} decision at a choice node`);
      const label = interaction.options.find((o) => o.id === d.choice)?.label ?? '';
      await panel.getByRole('radio', { name: label, exact: true }).check();
      await panel.getByRole('button', { name: word(lang, 'player.decide.submit') }).click();
      return;
    }
    case 'continue':
      await panel
        .getByRole('button', { name: word(lang, 'player.decide.continue'), exact: true })
        .click();
      return;
    case 'select':
      if (d.kind !== 'select') throw new Error(`a ${d.kind} decision at a select node`);
      for (const option of interaction.options) {
        const box = panel.getByRole('checkbox', { name: option.label, exact: true });
        if (d.options.includes(option.id)) await box.check();
        else await box.uncheck();
      }
      await panel.getByRole('button', { name: word(lang, 'player.decide.confirm') }).click();
      return;
    case 'wait':
      await panel.getByRole('button', { name: interaction.label }).click();
      return;
    case 'draft':
      if (d.kind !== 'draft') throw new Error(`a ${d.kind} decision at a draft node`);
      await fillDraft(page, interaction.type, d.draft ?? {}, lang);
      await panel.getByRole('button', { name: word(lang, 'player.draft.send') }).click();
      return;
    default:
      return interaction satisfies never;
  }
}

/** A UI dictionary, read as data (Playwright does not import JSON modules). */
export function dictionary(lang: Lang): Record<string, string> {
  return JSON.parse(
    readFileSync(new URL(`../src/i18n/${lang}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;
}

/** A site language the driver can play in. */
export type Lang = 'en' | 'fr';

const english = dictionary('en');
const words = { en: english, fr: dictionary('fr') };

/** A UI word of a language, by key (own properties only). */
export function word(lang: Lang, key: string): string {
  const dict = words[lang];
  if (!Object.hasOwn(dict, key)) throw new Error(`no ${lang} word for ${key}`);
  return dict[key] ?? key;
}

/** A form's fields with their words in a language, as the page shows them. */
export function wordedFields(type: RequestType, lang: Lang = 'en'): WordedField[] {
  return wordFields(labelLookup(words[lang]), type, requestTypes[type].fields);
}

/** A form's title in a language, its accessible name on the page. */
export function formTitle(type: RequestType, lang: Lang = 'en'): string {
  return formWord(labelLookup(words[lang]), type, 'title');
}

/** Fills a request form by its field labels. */
export async function fillDraft(
  page: Page,
  type: RequestType,
  draft: Record<string, string | string[]>,
  lang: Lang = 'en',
): Promise<void> {
  const form = page.getByRole('form', { name: formTitle(type, lang) });
  for (const field of wordedFields(type, lang)) {
    const value = draft[field.id];
    if (value === undefined) continue;
    if (field.kind === 'checkboxes') {
      const group = form.getByRole('group', { name: new RegExp(`^${escape(field.label)}`) });
      for (const option of field.options ?? []) {
        const box = group.getByRole('checkbox', { name: option.label, exact: true });
        if ((value as string[]).includes(option.value)) await box.check();
      }
    } else if (field.kind === 'select') {
      await form.getByLabel(new RegExp(`^${escape(field.label)}`)).selectOption(String(value));
    } else {
      await form.getByLabel(new RegExp(`^${escape(field.label)}`)).fill(String(value));
    }
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How `playDecisions` plays: the run's seed and mode, the page's language, a check after each step. */
export interface PlayOptions {
  seed: number;
  mode?: 'practice' | 'assessment';
  lang?: Lang;
  /** Runs after each decision, once the next situation (or the debrief) shows. */
  each?: () => Promise<void>;
}

/**
 * Plays decisions through the UI from the start of a run, waiting after each one for the next
 * situation or the debrief; returns the engine's state after them, to compare with the screen.
 */
export async function playDecisions(
  page: Page,
  scenario: Scenario,
  decisions: readonly Decision[],
  { seed, mode = 'practice', lang = 'en', each }: PlayOptions,
): Promise<SimState> {
  let state = initialState(scenario, seed, mode);
  for (const d of decisions) {
    await decide(page, scenario, state, d, lang);
    const r = applyDecision(scenario, state, d);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
    const next = state.ending
      ? page.getByRole('heading', { level: 2, name: word(lang, 'player.debrief.title') })
      : page.getByRole('heading', { level: 2, name: scenario.nodes[state.node]?.title ?? '' });
    await expect(next).toBeVisible();
    if (each) await each();
  }
  return state;
}
