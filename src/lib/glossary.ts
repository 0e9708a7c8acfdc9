/** The glossary, sorted and checked: the one place pages read glossary entries from. */
import { getCollection } from 'astro:content';
import { findGlossaryLinkProblems, type GlossaryEntry } from '../schemas/glossary.ts';
import { intlLocale, type Locale } from '../i18n/index.ts';
import { localize } from '../i18n/content.ts';

/** Entries in alphabetical order of their term in a language, ignoring case and accents. */
export function sortEntries(
  entries: readonly GlossaryEntry[],
  locale: Locale = 'en',
): GlossaryEntry[] {
  const collator = new Intl.Collator(intlLocale(locale), { sensitivity: 'base', numeric: true });
  return [...entries].sort((a, b) => collator.compare(a.term, b.term));
}

/** The A–Z heading letter of a term; "#" for terms that start with a digit or symbol. */
export function letterOf(term: string): string {
  const first = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Sorted entries grouped by letter, in alphabetical order. */
export function groupByLetter(
  entries: readonly GlossaryEntry[],
  locale: Locale = 'en',
): { letter: string; entries: GlossaryEntry[] }[] {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of sortEntries(entries, locale)) {
    const letter = letterOf(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, list]) => ({ letter, entries: list }));
}

/**
 * Every glossary entry with its text in a language, sorted. A `related` id that names no entry stops the build with every such
 * problem listed at once (the schema checks one entry at a time and cannot see the others).
 */
export async function getGlossary(locale: Locale = 'en'): Promise<GlossaryEntry[]> {
  const entries = (await getCollection('glossary')).map((e) =>
    localize('glossary', e.id, e.data, locale),
  );
  const problems = findGlossaryLinkProblems(entries);
  if (problems.length > 0) {
    throw new Error(
      `content/glossary/terms.yaml has ${problems.length} broken related link(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return sortEntries(entries, locale);
}
