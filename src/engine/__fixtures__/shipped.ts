// Test helper: loads the shipped scenarios from content/scenarios (Node only; not part of the engine API).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../schemas/scenario.ts';
import { loadScenarioText } from '../load.ts';
import { formatProblem } from '../problems.ts';
import { scenarioFileNames as listScenarioFiles } from '../scenario-files.ts';

/** Folder of the shipped scenarios. */
export const scenarioDir = join(import.meta.dirname, '../../../content/scenarios');

/** The shipped scenario file names (`.yaml` or `.yml`, not starting with `_`), sorted. */
export function scenarioFileNames(dir = scenarioDir): string[] {
  return listScenarioFiles(dir);
}

/** Every shipped scenario, parsed; throws with the problems if one is broken. */
export function shippedScenarios(): Scenario[] {
  return scenarioFileNames().map((n) => {
    const r = loadScenarioText(readFileSync(join(scenarioDir, n), 'utf8'), n);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    return r.scenario;
  });
}

// The tiny fixture moved to tiny.ts; re-exported for the persistence tests, kept unchanged.
export { tinyScenarioData } from './tiny.ts';
