// Lints content/scenarios/*.yaml (skipping files that start with `_`) and exits 1 on any problem.
import { formatLint } from '../src/engine/lint.ts';
import { lintScenarioFolder } from '../src/integrations/scenario-lint.ts';

const dir = process.argv[2] ?? 'content/scenarios';
const started = performance.now();
const result = lintScenarioFolder(dir);
const ms = Math.round(performance.now() - started);
if (result.problems.length > 0) {
  console.error(formatLint(result));
  console.error(`\n${result.problems.length} problem(s) in ${result.files} scenario file(s).`);
  process.exit(1);
}
if (result.warnings.length > 0)
  console.warn(formatLint({ problems: [], warnings: result.warnings }));
console.log(
  `${result.files} scenario file(s) valid, ${result.warnings.length} warning(s) (${ms} ms).`,
);
