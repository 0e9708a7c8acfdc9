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
