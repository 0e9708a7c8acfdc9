/**
 * Which language a page is in, for Astro pages and components. English pages sit at the site root,
 * French ones under "fr/" (src/pages/[...lang]/: `lang` is undefined for English, "fr" for French).
 */
import { isLocale, locales, type Locale } from './locales.ts';
import { localeOfPath } from '../lib/url.ts';

/** The params of every language for a page's `getStaticPaths` (`lang: undefined` is the root). */
export function localeParams(): Array<{
  params: { lang: string | undefined };
  props: { locale: Locale };
}> {
  return locales.map((locale) => ({
    params: { lang: locale === 'en' ? undefined : locale },
    props: { locale },
  }));
}

/** The `lang` route param of a language. */
export function langParam(locale: Locale): string | undefined {
  return locale === 'en' ? undefined : locale;
}

/** The language of the page being rendered (pages and the components inside them). */
export function pageLocale(astro: {
  url: URL;
  params?: Record<string, string | undefined>;
}): Locale {
  const lang = astro.params?.['lang'];
  if (isLocale(lang)) return lang;
  return localeOfPath(astro.url.pathname);
}
