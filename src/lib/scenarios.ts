import { getCollection, type CollectionEntry } from 'astro:content';

export type ScenarioEntry = CollectionEntry<'scenarios'>;

/** All published scenarios, shortest first so newcomers meet a small case before a long one. */
export async function getScenarios(): Promise<ScenarioEntry[]> {
  const all = await getCollection('scenarios');
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
