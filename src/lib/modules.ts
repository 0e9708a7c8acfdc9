import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';

export type ModuleEntry = CollectionEntry<'modules'> | CollectionEntry<'modulesFr'>;
export type PageEntry = CollectionEntry<'pages'> | CollectionEntry<'pagesFr'>;

/**
 * The French entries by id, with the English entry standing in for a translation that does not
 * exist yet (the i18n parity check, run by the build, fails when one is missing).
 */
function inLocale<E extends { id: string }, F extends { id: string }>(
  english: E[],
  french: F[],
  locale: Locale,
): Array<E | F> {
  if (locale === 'en') return english;
  const byId = new Map(french.map((f) => [f.id, f]));
  return english.map((e) => byId.get(e.id) ?? e);
}

/**
 * All published modules in course order, in a language. Two modules claiming the same `order`
 * would make previous/next navigation ambiguous, so the build stops and names both files.
 */
export async function getModules(locale: Locale = 'en'): Promise<ModuleEntry[]> {
  const english = await getCollection('modules');
  const modules = inLocale(
    english,
    locale === 'en' ? [] : await getCollection('modulesFr'),
    locale,
  );
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

/** One module in a language, or undefined when no English module has that slug. */
export async function getModule(
  slug: string,
  locale: Locale = 'en',
): Promise<ModuleEntry | undefined> {
  return (await getModules(locale)).find((m) => m.id === slug);
}

/** The pages of content/pages/ (hosting guide, accessibility statement) in a language. */
export async function getPages(locale: Locale = 'en'): Promise<PageEntry[]> {
  const english = await getCollection('pages');
  return inLocale(english, locale === 'en' ? [] : await getCollection('pagesFr'), locale);
}

/** One page of content/pages/ in a language. */
export async function getPage(name: string, locale: Locale = 'en'): Promise<PageEntry | undefined> {
  return (await getPages(locale)).find((p) => p.id === name);
}
