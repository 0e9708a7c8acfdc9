// Benchmarks the workshop debrief: 200 generated team results of one session are imported
// (decoded, replayed, checked against their recorded scores) and aggregated, as the dashboard
// does. Prints the timings and writes bench-results/workshop.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { shippedScenarios } from '../src/engine/__fixtures__/shipped.ts';
import { applyDecision, bestAchievable, initialState } from '../src/engine/index.ts';
import type { Session } from '../src/schemas/session.ts';
import { aggregate } from '../src/lib/workshop/aggregate.ts';
import { importCodes } from '../src/lib/workshop/import.ts';
import { sampleCodes } from '../src/lib/workshop/sample-runs.ts';

const TEAMS = 200;
const ROUNDS = 5;

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const rows = shippedScenarios().map((scenario) => {
  const session: Session = {
    version: 1,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: 4242,
    mode: 'assessment',
    sessionId: 'bench001',
  };
  const codes = sampleCodes(scenario, session, TEAMS);
  let best = initialState(scenario, session.seed, session.mode);
  for (const d of bestAchievable(scenario, session.seed).decisions) {
    const r = applyDecision(scenario, best, d);
    if (r.ok) best = r.state;
  }
  const entries = codes.map((code, i) => ({ code, source: `line ${i + 1}` }));
  const importMs: number[] = [];
  const aggregateMs: number[] = [];
  let accepted = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    const out = importCodes(entries, [scenario], session);
    const t1 = performance.now();
    aggregate(
      scenario,
      out.accepted.map((a) => ({ team: a.team, sim: a.sim })),
      best,
    );
    const t2 = performance.now();
    importMs.push(t1 - t0);
    aggregateMs.push(t2 - t1);
    accepted = out.accepted.length;
  }
  const avgCode = Math.round(codes.reduce((n, c) => n + c.length, 0) / codes.length);
  return {
    scenario: scenario.id,
    results: TEAMS,
    accepted,
    averageCodeLength: avgCode,
    importMedianMs: Number(median(importMs).toFixed(2)),
    aggregateMedianMs: Number(median(aggregateMs).toFixed(2)),
  };
});

for (const r of rows) {
  console.log(
    `${r.scenario}: ${r.results} results (${r.accepted} accepted, codes ~${r.averageCodeLength} chars) — ` +
      `import+replay ${r.importMedianMs} ms, aggregation ${r.aggregateMedianMs} ms (median of ${ROUNDS})`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/workshop.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, rows }, null, 2)}\n`,
);
console.log('wrote bench-results/workshop.json');
