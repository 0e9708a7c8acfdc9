import type { Scenario } from '../../schemas/scenario.ts';
import { draftDecision } from '../machine.ts';
import { own } from '../own.ts';
import { nextRandom, toSeed } from '../random.ts';
import { bestAchievable, scoreReport } from '../scoring.ts';
import { availableDecisions } from '../sim/options.ts';
import { runDecisions } from '../sim/run.ts';
import { applyDecision, initialState } from '../sim/step.ts';
import type { Decision, SimState } from '../sim/types.ts';
import { viewOf } from '../view.ts';

/** Picks the next decision; `rand` gives numbers in [0, 1) from the policy's own seeded stream. */
export type Policy = (scenario: Scenario, s: SimState, rand: () => number) => Decision;

/** Longest run a policy may play before the scenario is called endless (a linter bug). */
const MAX_STEPS = 500;

/**
 * "First option shown, drafts empty": what a trainee who does not read would do. Takes the first
 * option in the order the player shows (drawn from the run's seed), the first options of a
 * multi-select, Continue, Wait, and sends every draft empty.
 */
export const firstShown: Policy = (scenario, s) => {
  const interaction = viewOf(scenario, s).node?.interaction;
  switch (interaction?.kind) {
    case 'choices': {
      const first = interaction.options.find((o) => o.enabled);
      if (first) return { kind: 'choose', choice: first.id };
      break;
    }
    case 'continue':
      return { kind: 'choose', choice: interaction.choice };
    case 'select':
      return {
        kind: 'select',
        options: interaction.options.slice(0, Math.max(1, interaction.min)).map((o) => o.id),
      };
    case 'draft': {
      const empty = draftDecision(scenario, s, {});
      if (empty) return empty;
      break;
    }
    case 'wait':
      return { kind: 'wait' };
    case undefined:
      break;
    default:
      return interaction satisfies never;
  }
  throw new Error(`${scenario.id}: nothing to do at ${s.node}`);
};

/** Uniformly random among the decisions the engine offers (drafts: one per outcome class). */
export const randomPlay: Policy = (scenario, s, rand) => {
  const options = availableDecisions(scenario, s);
  const pick = options[Math.floor(rand() * options.length)];
  if (!pick) throw new Error(`${scenario.id}: dead end at ${s.node}`);
  return pick;
};

/** One run's result: its percentage of the best run and its ending's verdict. */
export interface PolicyRun {
  percent: number;
  ending: string;
  success: boolean;
}

function result(scenario: Scenario, s: SimState): PolicyRun {
  const ending = s.ending ?? '';
  return {
    percent: scoreReport(scenario, s).total.percent,
    ending,
    success: own(scenario.endings, ending)?.verdict === 'success',
  };
}

/** Plays one run of `policy` to its end. */
export function playPolicy(
  scenario: Scenario,
  seed: number,
  policy: Policy,
  policySeed = seed,
): PolicyRun {
  let s = initialState(scenario, seed);
  let state = toSeed(policySeed);
  const rand = () => {
    const [value, next] = nextRandom(state);
    state = next;
    return value;
  };
  for (let steps = 0; s.ending === null; steps++) {
    if (steps > MAX_STEPS) throw new Error(`${scenario.id}: seed ${seed} does not end`);
    const step = applyDecision(scenario, s, policy(scenario, s, rand));
    if (!step.ok) throw new Error(`${scenario.id}: ${step.reason}`);
    s = step.state;
  }
  return result(scenario, s);
}

/** The best run found by search for a seed, replayed. */
export function playBest(scenario: Scenario, seed: number): PolicyRun {
  return result(
    scenario,
    runDecisions(scenario, seed, bestAchievable(scenario, seed).decisions).state,
  );
}

/** How a scenario's score separates careful from careless play (issue 14's measure). */
export interface PolicyMeasure {
  best: PolicyRun[];
  first: PolicyRun[];
  random: PolicyRun[];
}

/** Plays the best path and "first option shown, drafts empty" on each seed, and `randomRuns` random runs per seed. */
export function measurePolicies(
  scenario: Scenario,
  seeds: readonly number[],
  randomRuns = 4,
): PolicyMeasure {
  return {
    best: seeds.map((seed) => playBest(scenario, seed)),
    first: seeds.map((seed) => playPolicy(scenario, seed, firstShown)),
    random: seeds.flatMap((seed) =>
      Array.from({ length: randomRuns }, (_, k) =>
        playPolicy(scenario, seed, randomPlay, seed * 104_729 + k),
      ),
    ),
  };
}

/** The median of a list of numbers (0 for none). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return 0;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Thresholds of the measure: what "scores mean something" requires. */
export const POLICY_THRESHOLDS = {
  /** The best path is the 100 % mark. */
  best: 100,
  /** "First option shown, drafts empty" never scores above this. */
  firstMax: 35,
  /** Uniformly random play has a median at or below this. */
  randomMedianMax: 50,
  /** Points between the best path and the random median, at least. */
  gap: 40,
} as const;

/** Every threshold a measure misses, as codes with the figure (empty: the scenario passes). */
export function policyFailures(m: PolicyMeasure): Array<{ rule: string; value: number }> {
  const out: Array<{ rule: string; value: number }> = [];
  const bestMin = Math.min(...m.best.map((r) => r.percent));
  const firstMax = Math.max(...m.first.map((r) => r.percent));
  const randomMedian = median(m.random.map((r) => r.percent));
  if (bestMin < POLICY_THRESHOLDS.best) out.push({ rule: 'best-below-100', value: bestMin });
  if (firstMax > POLICY_THRESHOLDS.firstMax) out.push({ rule: 'first-too-high', value: firstMax });
  const firstWins = m.first.filter((r) => r.success).length;
  if (firstWins > 0) out.push({ rule: 'first-succeeds', value: firstWins });
  if (randomMedian > POLICY_THRESHOLDS.randomMedianMax)
    out.push({ rule: 'random-median-too-high', value: randomMedian });
  if (bestMin - randomMedian < POLICY_THRESHOLDS.gap)
    out.push({ rule: 'gap-too-small', value: bestMin - randomMedian });
  return out;
}
