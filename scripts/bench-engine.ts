// Benchmarks the scenario engine: median time per step, full state-space walk per scenario,
// replay time. Prints a table and writes bench-results/engine.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { loadScenarioText } from '../src/engine/load.ts';
import { scenarioSchema, type Scenario } from '../src/schemas/scenario.ts';
import { walkScenario } from '../src/engine/graph/walk.ts';
import { availableDecisions } from '../src/engine/sim/options.ts';
import { applyDecision, initialState } from '../src/engine/sim/step.ts';
import { encodeReplay, replay } from '../src/engine/persistence.ts';
import { decodeReplay } from '../src/engine/restore.ts';
import { viewOf } from '../src/engine/view.ts';

/** A generated 30-node scenario: ten phases of choice → choice → multi-select that rejoin. */
function syntheticScenario(phases = 10): Scenario {
  const nodes: Record<string, unknown> = {};
  const step = (id: string, cost: string, delta: number) => ({
    id,
    label: id,
    effects: { advance: cost, score: { timeliness: { delta, reason: 'bench' } } },
    feedback: 'bench',
    refs: ['budapest-art-29'],
  });
  for (let i = 0; i < phases; i++) {
    const next = i + 1 < phases ? `p${i + 1}` : 'end';
    nodes[`p${i}`] = {
      title: 'p',
      narrative: 'p',
      choices: [
        { ...step('a', 'PT10M', 2), next: `q${i}` },
        { ...step('b', 'PT20M', 1), next: `q${i}` },
        { ...step('c', 'PT30M', -1), next: `q${i}` },
      ],
    };
    nodes[`q${i}`] = {
      title: 'q',
      narrative: 'q',
      choices: [
        { ...step('a', 'PT10M', 1), next: `r${i}` },
        { ...step('b', 'PT20M', 0), next: `r${i}` },
      ],
    };
    nodes[`r${i}`] = {
      title: 'r',
      narrative: 'r',
      select: {
        prompt: 'r',
        min: 0,
        next,
        options: ['x', 'y', 'z'].map((id, k) => ({
          id,
          label: id,
          selected: { advance: 'PT10M', score: { legal: { delta: k - 1, reason: 'bench' } } },
          feedback: 'bench',
          refs: ['budapest-art-16'],
        })),
      },
    };
  }
  return scenarioSchema.parse({
    id: 'synthetic-30',
    version: 1,
    title: 'Synthetic',
    summary: 'Synthetic benchmark scenario.',
    role: 'requested',
    home: { state: 'a', timezone: 'Europe/Vienna' },
    objectives: ['bench'],
    estimatedMinutes: 30,
    audience: ['bench'],
    startsAt: '2026-03-06T22:40:00+01:00',
    states: { a: { name: 'A', budapest: 'party', timezone: 'Europe/Vienna' } },
    actors: { isp: { name: 'ISP', kind: 'provider', state: 'a', timezone: 'Europe/Vienna' } },
    evidence: {
      logs: {
        label: 'logs',
        holder: 'isp',
        category: 'traffic',
        retention: 'PT12H',
        initial: 'identified',
      },
    },
    start: 'p0',
    nodes,
    endings: { end: { title: 'End', summary: 'End.', verdict: 'success' } },
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

function randomRun(
  scenario: Scenario,
  seed: number,
  times: number[],
  viewTimes: number[],
): ReturnType<typeof initialState> {
  let s = initialState(scenario, seed);
  let r = seed;
  while (s.ending === null) {
    const options = availableDecisions(scenario, s);
    r = (Math.imul(r, 1664525) + 1013904223) >>> 0;
    const d = options[r % options.length];
    if (!d) throw new Error('dead end');
    const t0 = performance.now();
    const step = applyDecision(scenario, s, d);
    times.push(performance.now() - t0);
    if (!step.ok) throw new Error(step.reason);
    s = step.state;
    if (s.ending === null) {
      const t1 = performance.now();
      viewOf(scenario, s);
      viewTimes.push(performance.now() - t1);
    }
  }
  return s;
}

const dir = 'content/scenarios';
const scenarios: Scenario[] = readdirSync(dir)
  .filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
  .sort()
  .map((n) => {
    const r = loadScenarioText(readFileSync(join(dir, n), 'utf8'), n);
    if (!r.ok) throw new Error(`${n} does not parse; run npm run lint:scenarios`);
    return r.scenario;
  });
scenarios.push(syntheticScenario());

const rows = scenarios.map((scenario) => {
  const stepTimes: number[] = [];
  const viewTimes: number[] = [];
  const runs = Array.from({ length: 300 }, (_, i) =>
    randomRun(scenario, i + 1, stepTimes, viewTimes),
  );
  const walkStart = performance.now();
  const walk = walkScenario(scenario, 1);
  const walkMs = performance.now() - walkStart;
  const codes = runs.slice(0, 100).map((s) => encodeReplay(scenario, s));
  const replayTimes = codes.map((code) => {
    const t0 = performance.now();
    const decoded = decodeReplay(code);
    if (!decoded.ok || !replay(scenario, decoded.replay).ok) throw new Error('replay failed');
    return performance.now() - t0;
  });
  return {
    scenario: scenario.id,
    nodes: Object.keys(scenario.nodes).length,
    stepMedianMs: median(stepTimes),
    viewMedianMs: median(viewTimes),
    walkMs,
    states: walk.states,
    paths: walk.paths,
    replayMedianMs: median(replayTimes),
    replayCodeMaxChars: Math.max(...codes.map((c) => c.length)),
  };
});

const fmt = (n: number, d = 3): string => n.toFixed(d);
console.log(
  'scenario            nodes  step(ms)  view(ms)  walk(ms)   states        paths  replay(ms)  code(chars)',
);
for (const r of rows) {
  console.log(
    `${r.scenario.padEnd(19)} ${String(r.nodes).padStart(5)}  ${fmt(r.stepMedianMs).padStart(8)}  ${fmt(r.viewMedianMs).padStart(8)}  ${fmt(r.walkMs, 0).padStart(8)}  ${String(r.states).padStart(7)}  ${r.paths.toExponential(2).padStart(11)}  ${fmt(r.replayMedianMs).padStart(10)}  ${String(r.replayCodeMaxChars).padStart(11)}`,
  );
}
mkdirSync('bench-results', { recursive: true });
const out = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  results: rows,
};
writeFileSync('bench-results/engine.json', `${JSON.stringify(out, null, 2)}\n`);
console.log('\nwrote bench-results/engine.json');
