// Build time (Node only): which files of a folder are scenarios. The one copy of that rule, used
// by the loader, the linter, the reference check, search, tests, scripts and the e2e driver.
import { existsSync, readdirSync } from 'node:fs';

/** A scenario file: `.yaml` or `.yml`, not a draft (drafts start with `_`). */
export function isScenarioFileName(name: string): boolean {
  return /\.ya?ml$/.test(name) && !name.startsWith('_');
}

/**
 * The scenario file names in a folder, sorted; none when the folder does not exist. With
 * `drafts`, `_` drafts are listed too (search reads them and drops them itself).
 */
export function scenarioFileNames(dir: string, options: { drafts?: boolean } = {}): string[] {
  const wanted = (n: string): boolean =>
    options.drafts === true ? /\.ya?ml$/.test(n) : isScenarioFileName(n);
  return existsSync(dir) ? readdirSync(dir).filter(wanted).sort() : [];
}
