/**
 * The one place internal URLs are built. The site may be served from any folder
 * (set with BASE_PATH at build time), so no page writes "/modules/" by hand.
 */
const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** Returns the site-relative URL for a path like "modules/why/" or "/about/", with the base prefix. */
export function url(path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return `${base}${clean}`;
}

/** True when `href` (already base-prefixed) is the current page or one of its ancestors (for nav highlighting). */
export function isCurrent(href: string, pathname: string, exact = false): boolean {
  if (exact || href === base) return pathname === href;
  return pathname.startsWith(href);
}

/** The languages URLs know about; French pages live under "fr/", English ones at the root. */
type UrlLocale = 'en' | 'fr';

/** Like `url()`, for a page in a language: `localeUrl('modules/', 'fr')` → "<base>fr/modules/". */
export function localeUrl(path: string, locale: UrlLocale): string {
  const clean = path.replace(/^\/+/, '');
  return url(locale === 'fr' ? `fr/${clean}` : clean);
}

/** A `url()` bound to one language: pages write `const url = urlFor(locale)` and link as before. */
export function urlFor(locale: UrlLocale): (path?: string) => string {
  return (path = '') => localeUrl(path, locale);
}

/** The language of a site path (with the base prefix), from its first segment after the base. */
export function localeOfPath(pathname: string): UrlLocale {
  const rest = pathname.startsWith(base)
    ? pathname.slice(base.length)
    : pathname.replace(/^\/+/, '');
  return rest === 'fr' || rest.startsWith('fr/') ? 'fr' : 'en';
}

/** The same page in another language: "<base>fr/modules/x/" ⇄ "<base>modules/x/". */
export function pathInLocale(pathname: string, locale: UrlLocale): string {
  const rest = pathname.startsWith(base)
    ? pathname.slice(base.length)
    : pathname.replace(/^\/+/, '');
  const neutral = rest === 'fr' ? '' : rest.replace(/^fr\//, '');
  return localeUrl(neutral, locale);
}
