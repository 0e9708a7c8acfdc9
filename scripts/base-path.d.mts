/** Normalises a BASE_PATH value to "/", or "/a/b/". Throws on values that are not folder paths. */
export function normaliseBase(raw: string | undefined): string;
/** The origin in SITE_URL ("https://intranet.example"), or undefined when unset. Throws on a path. */
export function siteOrigin(raw: string | undefined): string | undefined;
