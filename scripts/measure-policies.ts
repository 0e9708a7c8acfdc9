// Issue 14's measure for every shipped scenario (or the ids given): the best path, "first option
// shown, drafts empty" and uniformly random play, over many seeds. Prints a table and exits 1 when
// a threshold is missed. The unit test (src/engine/graph/policies.test.ts) holds the thresholds
// on a few seeds; this runs the full count for `npm run bench`.
// Usage: node scripts/measure-policies.ts [scenario-id …] [--seeds=N] [--dir=content/scenarios]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../src/engine/index.ts';
import {
  measurePolicies,
  median,
  policyFailures,
  type PolicyRun,
} from '../src/engine/graph/policies.ts';
import { scenarioFileNames } from '../src/engine/__fixtures__/shipped.ts';

const args = process.argv.slice(2);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dir = option('dir') ?? 'content/scenarios';
const seeds = Array.from({ length: Number(option('seeds') ?? 50) }, (_, i) => i + 1);
const only = args.filter((a) => !a.startsWith('--'));

function row(policy: string, runs: PolicyRun[]): string {
  const p = runs.map((r) => r.percent);
  const endings = new Map<string, number>();
  for (const r of runs) endings.set(r.ending, (endings.get(r.ending) ?? 0) + 1);
  return [
    policy.padEnd(22),
    String(runs.length).padStart(5),
    String(Math.min(...p)).padStart(5),
    String(median(p)).padStart(7),
    String(Math.max(...p)).padStart(5),
    String(runs.filter((r) => r.success).length).padStart(8),
    `  ${[...endings].map(([e, n]) => `${e}×${n}`).join(' ')}`,
  ].join(' ');
}

let failed = false;
for (const name of scenarioFileNames(dir)) {
  const file = join(dir, name);
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not parse; run npm run lint:scenarios`);
  const scenario = loaded.scenario;
  if (only.length > 0 && !only.includes(scenario.id)) continue;
  const started = performance.now();
  const m = measurePolicies(scenario, seeds);
  const failures = policyFailures(m);
  console.log(
    `\n${scenario.id} (${seeds.length} seeds, ${Math.round(performance.now() - started)} ms)`,
  );
  console.log('policy                  runs   min  median   max  success  endings');
  console.log(row('best path', m.best));
  console.log(row('first shown, empty', m.first));
  console.log(row('uniform random', m.random));
  for (const f of failures) console.log(`  FAIL ${f.rule}: ${f.value}`);
  if (failures.length === 0) console.log('  all thresholds hold');
  failed ||= failures.length > 0;
}
process.exitCode = failed ? 1 : 0;
