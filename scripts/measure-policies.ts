// Measures whether a scenario's score tells a careful player from a careless one (issue 14).
// For each shipped scenario it plays, through the engine's public API only:
//   best      the best run found by search (must score 100 %);
//   first     "first option shown, drafts empty" in file order, over 50 seeds;
//   first-p   the same with the options of every node in a seeded random order;
//   random    uniformly random play (4 runs per seed over the same 50 seeds).
// Prints a table per scenario and exits 1 when a threshold of issue 14 is missed.
// Usage: node scripts/measure-policies.ts [scenario-id …] [--seeds=N] [--dir=content/scenarios]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyDecision,
  availableDecisions,
  bestAchievable,
  draftDecision,
  initialState,
  loadScenarioText,
  scoreReport,
  type Decision,
  type Scenario,
  type SimState,
} from '../src/engine/index.ts';

/** Picks the next decision; `rand` gives numbers in [0, 1) from the policy's own seeded stream. */
type Policy = (scenario: Scenario, s: SimState, rand: () => number) => Decision;

/** A small seeded PRNG (mulberry32) for the policies, independent of the simulation's own. */
function stream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle driven by `rand`. */
function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** "First option shown, drafts empty": file order, or a seeded permutation per node. */
function firstOption(permute: boolean): Policy {
  return (scenario, s, rand) => {
    const node = scenario.nodes[s.node];
    const options = availableDecisions(scenario, s);
    if (node?.draft) {
      const empty = draftDecision(scenario, s, {});
      if (empty) return empty;
    }
    if (node?.select) {
      const ids = node.select.options.map((o) => o.id);
      const order = permute ? shuffled(ids, rand) : ids;
      return { kind: 'select', options: order.slice(0, Math.max(1, node.select.min)) };
    }
    const order = permute ? shuffled(options, rand) : options;
    const pick = order[0];
    if (!pick) throw new Error(`dead end at ${s.node}`);
    return pick;
  };
}

/** Uniformly random among the decisions the engine offers (drafts: one per outcome class). */
const randomPlay: Policy = (scenario, s, rand) => {
  const options = availableDecisions(scenario, s);
  const pick = options[Math.floor(rand() * options.length)];
  if (!pick) throw new Error(`dead end at ${s.node}`);
  return pick;
};

interface RunResult {
  percent: number;
  ending: string;
  verdict: string;
}

/** Plays one run to its end and scores it against the best run of the same seed. */
function play(scenario: Scenario, seed: number, policy: Policy, policySeed: number): RunResult {
  let s = initialState(scenario, seed);
  const rand = stream(policySeed);
  for (let steps = 0; s.ending === null; steps++) {
    if (steps > 500) throw new Error(`${scenario.id}: run of seed ${seed} does not end`);
    const step = applyDecision(scenario, s, policy(scenario, s, rand));
    if (!step.ok) throw new Error(`${scenario.id}: ${step.reason}`);
    s = step.state;
  }
  const ending = s.ending;
  return {
    percent: scoreReport(scenario, s).total.percent,
    ending,
    verdict: scenario.endings[ending]?.verdict ?? 'unknown',
  };
}

/** Replays the best decisions found by search for a seed. */
function playBest(scenario: Scenario, seed: number): RunResult {
  let s = initialState(scenario, seed);
  for (const d of bestAchievable(scenario, seed).decisions) {
    const step = applyDecision(scenario, s, d);
    if (!step.ok) throw new Error(`${scenario.id}: best path fails: ${step.reason}`);
    s = step.state;
  }
  const ending = s.ending ?? 'unfinished';
  return {
    percent: scoreReport(scenario, s).total.percent,
    ending,
    verdict: scenario.endings[ending]?.verdict ?? 'unknown',
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

interface Summary {
  policy: string;
  runs: number;
  min: number;
  median: number;
  max: number;
  successes: number;
  endings: string;
}

function summarise(policy: string, results: RunResult[]): Summary {
  const p = results.map((r) => r.percent);
  const endings = new Map<string, number>();
  for (const r of results) endings.set(r.ending, (endings.get(r.ending) ?? 0) + 1);
  return {
    policy,
    runs: results.length,
    min: Math.min(...p),
    median: median(p),
    max: Math.max(...p),
    successes: results.filter((r) => r.verdict === 'success').length,
    endings: [...endings].map(([e, n]) => `${e}×${n}`).join(' '),
  };
}

/** Measures one scenario; returns the summaries and the thresholds it misses. */
export function measure(
  scenario: Scenario,
  seeds: number,
): { rows: Summary[]; failures: string[] } {
  const seedList = Array.from({ length: seeds }, (_, i) => i + 1);
  const best = seedList.map((seed) => playBest(scenario, seed));
  const first = seedList.map((seed) => play(scenario, seed, firstOption(false), seed));
  const firstP = seedList.map((seed) => play(scenario, seed, firstOption(true), seed * 7919));
  const random = seedList.flatMap((seed) =>
    [1, 2, 3, 4].map((k) => play(scenario, seed, randomPlay, seed * 104729 + k)),
  );
  const rows = [
    summarise('best', best),
    summarise('first, empty drafts', first),
    summarise('first (shuffled), empty', firstP),
    summarise('uniform random', random),
  ];
  const [b, f, fp, r] = rows as [Summary, Summary, Summary, Summary];
  const failures: string[] = [];
  if (b.min < 100) failures.push(`best path scores ${b.min} % on some seed (needs 100 %)`);
  for (const x of [f, fp]) {
    if (x.max > 35) failures.push(`"${x.policy}" reaches ${x.max} % (needs ≤ 35 %)`);
    if (x.successes > 0) failures.push(`"${x.policy}" ends in success ${x.successes} time(s)`);
  }
  if (r.median > 50) failures.push(`random median ${r.median} % (needs ≤ 50 %)`);
  if (b.min - r.median < 40)
    failures.push(`best − random median = ${b.min - r.median} points (needs ≥ 40)`);
  return { rows, failures };
}

const args = process.argv.slice(2);
const dirArg = args.find((a) => a.startsWith('--dir='));
const dir = dirArg ? dirArg.slice('--dir='.length) : 'content/scenarios';
const seedsArg = args.find((a) => a.startsWith('--seeds='));
const seeds = seedsArg ? Number(seedsArg.slice('--seeds='.length)) : 50;
const only = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
  .filter((n) => only.length === 0 || only.includes(n.replace(/\.yaml$/, '')))
  .sort();

let failed = false;
for (const file of files) {
  const loaded = loadScenarioText(readFileSync(join(dir, file), 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not parse; run npm run lint:scenarios`);
  const started = performance.now();
  const { rows, failures } = measure(loaded.scenario, seeds);
  const ms = Math.round(performance.now() - started);
  console.log(`\n${loaded.scenario.id} (${seeds} seeds, ${ms} ms)`);
  console.log('policy                     runs   min  median   max  success  endings');
  for (const r of rows) {
    console.log(
      `${r.policy.padEnd(25)} ${String(r.runs).padStart(5)} ${String(r.min).padStart(5)} ${String(r.median).padStart(7)} ${String(r.max).padStart(5)} ${String(r.successes).padStart(8)}  ${r.endings}`,
    );
  }
  for (const f of failures) console.log(`  FAIL: ${f}`);
  if (failures.length === 0) console.log('  all thresholds of issue 14 hold');
  failed ||= failures.length > 0;
}
process.exitCode = failed ? 1 : 0;
