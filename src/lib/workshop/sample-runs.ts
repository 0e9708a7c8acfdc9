// Node-side helper for tests and the benchmark: seeded random team runs of a scenario.
import { applyDecision, initialState, type Scenario, type SimState } from '../../engine/runtime.ts';
import { availableDecisions } from '../../engine/analysis-runtime.ts';
import type { Session } from '../../schemas/session.ts';
import { teamResultCode } from './team-result.ts';

/** mulberry32: a tiny deterministic generator, so generated rooms are the same every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random complete run: at each step one of the available decisions, picked by `pick`. */
export function randomRun(scenario: Scenario, session: Session, pickSeed: number): SimState {
  const random = prng(pickSeed);
  let state = initialState(scenario, session.seed, session.mode);
  while (state.ending === null && state.decisions.length < 200) {
    const options = availableDecisions(scenario, state);
    if (options.length === 0) break;
    const d = options[Math.floor(random() * options.length)];
    if (!d) break;
    const r = applyDecision(scenario, state, d);
    if (!r.ok) break;
    state = r.state;
  }
  return state;
}

/** `count` result codes of random teams ("Team 1" …) in a session. */
export function sampleCodes(scenario: Scenario, session: Session, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    teamResultCode(session, `Team ${i + 1}`, scenario, randomRun(scenario, session, i + 1)),
  );
}
