import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadScenarioText } from '../engine/load.ts';
import { formatProblem } from '../engine/problems.ts';
import { scenarioFileNames } from '../engine/scenario-files.ts';

/**
 * Loads content/scenarios/*.yaml with the engine's own parser, so the site, the linter and the
 * tests read scenarios exactly the same way (Astro's YAML reader would turn `startsAt` into a Date).
 * Files starting with "_" are drafts and skipped.
 */
export function scenarioLoader(dir = 'content/scenarios'): Loader {
  return {
    name: 'cca:scenario-loader',
    // The engine already validated (and normalised) the data, so it is stored as is: running the
    // schema a second time over normalised output would reject shorthand it has already expanded.
    load: ({ store, config }) => {
      store.clear();
      // Relative to the project root, not the shell's folder (`astro build --root elsewhere`).
      const root = fileURLToPath(config.root);
      const folder = join(root, dir);
      const names = scenarioFileNames(folder);
      for (const name of names) {
        const file = relative(root, join(folder, name));
        const path = join(folder, name);
        const result = loadScenarioText(readFileSync(path, 'utf8'), file);
        if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
        const id = result.scenario.id;
        store.set({ id, data: result.scenario, filePath: file });
      }
      return Promise.resolve();
    },
  };
}
