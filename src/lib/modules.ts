import { getCollection, type CollectionEntry } from 'astro:content';

export type ModuleEntry = CollectionEntry<'modules'>;

/**
 * All published modules in course order. Two modules claiming the same `order` would make
 * previous/next navigation ambiguous, so the build stops and names both files.
 */
export async function getModules(): Promise<ModuleEntry[]> {
  const modules = await getCollection('modules');
  const sorted = [...modules].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev && cur && prev.data.order === cur.data.order) {
      throw new Error(
        `content/modules: "${prev.filePath ?? prev.id}" and "${cur.filePath ?? cur.id}" both have order: ${cur.data.order}. ` +
          'Give each module its own position in the course (order: 1, 2, 3 …).',
      );
    }
  }
  return sorted;
}
