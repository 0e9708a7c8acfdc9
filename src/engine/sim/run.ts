import type { Scenario } from '../../schemas/scenario.ts';
import { applyDecision, initialState, type StepRefusal } from './step.ts';
import type { Decision, SimState } from './types.ts';

/** Outcome of replaying decisions: every state reached, or where and why the replay stopped. */
export type RunResult =
  | { ok: true; state: SimState; states: SimState[] }
  | { ok: false; state: SimState; states: SimState[]; index: number; reason: StepRefusal };

/**
 * Replays `decisions` from the start of a run with this seed: the one replay loop of the code base
 * (view, scoring, lint, workshop, e2e driver and bench all call it). `states[0]` is the initial
 * state, `states[i + 1]` the state after decision `i`; on a refusal `state` is the last good one.
 */
export function runDecisions(
  scenario: Scenario,
  seed: number | string,
  decisions: readonly Decision[],
  mode: SimState['mode'] = 'practice',
): RunResult {
  let state = initialState(scenario, seed, mode);
  const states = [state];
  for (const [index, decision] of decisions.entries()) {
    const r = applyDecision(scenario, state, decision);
    if (!r.ok) return { ok: false, state, states, index, reason: r.reason };
    state = r.state;
    states.push(state);
  }
  return { ok: true, state, states };
}
