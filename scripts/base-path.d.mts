/** Normalises a BASE_PATH value to "/", or "/a/b/". Throws on values that are not folder paths. */
export function normaliseBase(raw: string | undefined): string;
