import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../i18n/index.ts';
import { langParam } from '../i18n/page.ts';
import { localize } from '../i18n/content.ts';

export type ScenarioEntry = CollectionEntry<'scenarios'>;

/**
 * All published scenarios with their text in a language (structure, timing and ids are the same in
 * every language), shortest first so newcomers meet a small case before a long one.
 */
export async function getScenarios(locale: Locale = 'en'): Promise<ScenarioEntry[]> {
  const all = (await getCollection('scenarios')).map((entry) => ({
    ...entry,
    data: localize('scenarios', entry.data.id, entry.data, locale),
  }));
  return [...all].sort(
    (a, b) =>
      a.data.estimatedMinutes - b.data.estimatedMinutes || a.data.title.localeCompare(b.data.title),
  );
}

/**
 * The scenario as the islands need it (the player, the debrief dashboard): the facilitator's
 * material and the briefing text (already rendered by the page) are left out, so trainees on slow
 * links download less.
 */
export function playerScenario(scenario: ScenarioEntry['data']): ScenarioEntry['data'] {
  const nodes = Object.fromEntries(
    Object.entries(scenario.nodes).map(([id, node]) => [id, { ...node, discussion: [] }]),
  );
  return { ...scenario, nodes, facilitator: {}, objectives: [], audience: [], summary: '' };
}

/** The player's case file (cases/<id>.json): the case as the player reads it and the chips' words. */
export function caseDataJson(scenario: ScenarioEntry['data'], refWords: unknown): string {
  return JSON.stringify({ scenario: playerScenario(scenario), refWords });
}

/** One page per scenario and language: the static paths of the player, guide and projector pages. */
export async function scenarioPaths(): Promise<
  Array<{
    params: { lang: string | undefined; id: string };
    props: { entry: ScenarioEntry; locale: Locale };
  }>
> {
  const paths = await Promise.all(
    locales.map(async (locale) =>
      (await getScenarios(locale)).map((entry) => ({
        params: { lang: langParam(locale), id: entry.data.id },
        props: { entry, locale },
      })),
    ),
  );
  return paths.flat();
}
