import en from './en.json';
import fr from './fr.json';
import { fill } from './fill.ts';
import { intlLocale, type Locale } from './locales.ts';

export { fill };
export { colon, defaultLocale, documentLocale, intlLocale, isLocale, locales } from './locales.ts';
export type { Locale } from './locales.ts';

/** Every UI string key. English is the reference language: other languages must have the same keys. */
export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;

/** A key French has and English lacks fails the type check here (a missing one fails below). */
type NoExtraKeys<D> = Exclude<keyof D, UiKey> extends never ? D : never;
const frChecked: NoExtraKeys<typeof fr> = fr;

/** Every language's dictionary; a key missing from one of them fails the type check here. */
const dictionaries: Record<Locale, Dictionary> = { en, fr: frChecked };

/** The raw dictionary of a language (for the key-parity check). */
export function dictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

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

/** `t` bound to one language: pages write `const t = tFor(locale)` and call `t(key, vars)` as before. */
export function tFor(
  locale: Locale,
): (key: UiKey, vars?: Record<string, string | number>) => string {
  return (key, vars = {}) => t(key, vars, locale);
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

/** Formats a calendar date for display, e.g. "28 November 2026" / "28 novembre 2026", without time-zone drift. */
export function formatDate(date: Date, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}
