/** The repository root. */
export const repo: string;
/** Copies the committed site into a new temporary folder (optionally a small one) and returns it. */
export function makeTempSite(options?: { prefix?: string; small?: boolean }): string;
/** Builds a site folder with the project's Astro. */
export function buildSite(
  root: string,
  args?: string[],
): { status: number | null; output: string; ms: number };
