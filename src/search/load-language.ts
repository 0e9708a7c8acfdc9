import type { SearchLanguage } from './language.ts';

/** Codes of the languages search is built for (the site's locales). */
export type LanguageCode = 'en' | 'fr';

/**
 * A language's search configuration, for the browser. Each is its own chunk, fetched beside the
 * index: French search does not download the English stemmer, nor English search the French one.
 */
export async function loadLanguage(code: LanguageCode): Promise<SearchLanguage> {
  if (code === 'fr') return (await import('./french.ts')).french;
  return (await import('./language.ts')).english;
}
