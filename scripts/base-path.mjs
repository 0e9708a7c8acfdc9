/**
 * Turns whatever a course owner typed into a clean base path: "academy", "/academy",
 * "/academy/" all become "/academy/"; empty or missing becomes "/".
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/[?#\\\s]|^[a-z]+:/i.test(trimmed) || trimmed.split('/').includes('..')) {
    throw new Error(
      `BASE_PATH "${trimmed}" is not a folder path. Use something like BASE_PATH=/academy/ (no host, no spaces, no "..").`,
    );
  }
  const parts = trimmed.split('/').filter(Boolean);
  return `/${parts.join('/')}/`;
}

/**
 * The site's public origin from SITE_URL ("https://intranet.example"), for links that must be
 * absolute (the pages' hreflang alternates); undefined when unset, as most intranet builds are.
 * @param {string | undefined} raw
 * @returns {string | undefined}
 */
export function siteOrigin(raw) {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return undefined;
  let parsed;
  try {
    parsed = new URL(trimmed);
  } catch {
    parsed = null;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/' || parsed.search) {
    throw new Error(
      `SITE_URL "${trimmed}" is not a web origin. Use something like SITE_URL=https://intranet.example (no path: the folder goes in BASE_PATH).`,
    );
  }
  return parsed.origin;
}
