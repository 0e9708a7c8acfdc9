import en from './en.json';
import { fill } from './fill.ts';

export { fill };

/** Every UI string key. English is the reference language: other languages must have the same keys. */
export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;

const dictionaries = { en } satisfies Record<string, Dictionary>;
export type Locale = keyof typeof dictionaries;

/**
 * Looks up a UI string and fills `{name}` placeholders. Unknown placeholders are left visible so
 * they get noticed; so is a missing key (it shows itself, as in islands' translators).
 */
export function t(
  key: UiKey,
  vars: Record<string, string | number> = {},
  locale: Locale = 'en',
): string {
  const dictionary: Partial<Dictionary> = dictionaries[locale];
  return fill((Object.hasOwn(dictionary, key) ? dictionary[key] : undefined) ?? key, vars);
}

/** Labels an island needs, as a plain object: the strings whose keys start with the given prefixes. */
export type Labels = Partial<Dictionary>;

/**
 * Picks the UI strings an island uses, so islands receive their labels as a prop instead of
 * bundling the whole dictionary (it grows with every feature; islands sit on slow links).
 */
export function pickLabels(prefixes: readonly string[], locale: Locale = 'en'): Labels {
  const out: Labels = {};
  for (const [key, value] of Object.entries(dictionaries[locale]) as Array<[UiKey, string]>) {
    if (prefixes.some((p) => key.startsWith(p))) out[key] = value;
  }
  return out;
}

/** Formats a calendar date for display, e.g. "28 November 2026", without time-zone drift. */
export function formatDate(date: Date, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}
