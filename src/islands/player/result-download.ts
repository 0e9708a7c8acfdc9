import { resultFile, type Scenario, type SimState } from '../../engine/runtime.ts';

/** Offers the finished run as a JSON file for the instructor (nothing is sent anywhere). */
export function downloadResult(scenario: Scenario, sim: SimState): void {
  const file = resultFile(scenario, sim, new Date().toISOString());
  const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = `${scenario.id}-result-${file.seed}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
