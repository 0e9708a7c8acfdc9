import en from './en.json';

/** Every UI string key. English is the reference language: other languages must have the same keys. */
export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;

const dictionaries = { en } satisfies Record<string, Dictionary>;
export type Locale = keyof typeof dictionaries;

/** Looks up a UI string and fills `{name}` placeholders. Unknown placeholders are left visible so they get noticed. */
export function t(
  key: UiKey,
  vars: Record<string, string | number> = {},
  locale: Locale = 'en',
): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Formats a calendar date for display, e.g. "28 November 2026", without time-zone drift. */
export function formatDate(date: Date, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}
