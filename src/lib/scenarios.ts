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
