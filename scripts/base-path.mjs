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
