import { resultFile, type Scenario, type SimState } from '../../engine/runtime.ts';
import { downloadText } from '../../lib/download.ts';

/** Offers the finished run as a JSON file for the instructor (nothing is sent anywhere). */
export function downloadResult(scenario: Scenario, sim: SimState): void {
  const file = resultFile(scenario, sim, new Date().toISOString());
  downloadText(`${scenario.id}-result-${file.seed}.json`, JSON.stringify(file, null, 2));
}
