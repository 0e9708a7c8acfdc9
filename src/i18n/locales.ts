/**
 * The site's languages, without any dictionary: islands import this (not index.ts, which would
 * bundle every UI string into the browser code).
 */

/** Every language of the site, English (the default, unprefixed URLs) first. */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** True for a supported language code ("en", "fr"). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The BCP 47 tag `Intl` formats with: British English, metropolitan French (24-hour clock). */
export function intlLocale(locale: Locale): string {
  return locale === 'fr' ? 'fr-FR' : 'en-GB';
}

/** A colon after a label: French typography puts a non-breaking space before it. */
export function colon(locale: Locale): string {
  return locale === 'fr' ? '\u00a0:' : ':';
}

/** The language of the page in the browser (`<html lang>`); English when unknown or at build time. */
export function documentLocale(): Locale {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return isLocale(lang) ? lang : defaultLocale;
}
