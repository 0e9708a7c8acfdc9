/**
 * SCORM 1.2 keeps at most 4,096 characters of cmi.suspend_data. The resume data of a scenario is
 * its compact replay code, so the longest possible run of every shipped scenario must fit: found
 * by search over the whole state space (longest replay code to any ending), not typed in.
 */
import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../../engine/__fixtures__/shipped.ts';
import { stateKey } from '../../engine/graph/walk.ts';
import { encodeReplay } from '../../engine/persistence.ts';
import { decodeReplay } from '../../engine/restore.ts';
import { availableDecisions } from '../../engine/sim/options.ts';
import { applyDecision, initialState } from '../../engine/sim/step.ts';
import type { SimState } from '../../engine/sim/types.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { suspendLimit } from './scorm12.ts';

/** The final state of the run whose replay code is longest (memoised depth-first search). */
function longestRun(scenario: Scenario, seed: number): SimState {
  // Per state: characters its remaining decisions add to the code's JSON, and the end state.
  const memo = new Map<string, { chars: number; end: SimState | null }>();
  const lastToken = (s: SimState): number => {
    const d = decodeReplay(encodeReplay(scenario, s));
    if (!d.ok) throw new Error(d.error.code);
    return JSON.stringify(d.replay.tokens.at(-1)).length + 1;
  };
  const visit = (s: SimState): { chars: number; end: SimState | null } => {
    if (s.ending) return { chars: 0, end: s };
    const key = stateKey(s);
    const hit = memo.get(key);
    if (hit) return hit;
    let best: { chars: number; end: SimState | null } = { chars: -1, end: null };
    for (const decision of availableDecisions(scenario, s)) {
      const step = applyDecision(scenario, s, decision);
      if (!step.ok) continue;
      const rest = visit(step.state);
      const chars = rest.chars + lastToken(step.state);
      if (rest.end && chars > best.chars) best = { chars, end: rest.end };
    }
    memo.set(key, best);
    return best;
  };
  const { end } = visit(initialState(scenario, seed, 'assessment'));
  if (!end) throw new Error(`${scenario.id}: no run reaches an ending`);
  return end;
}

describe('suspend data (compact replay code) of the longest run', () => {
  const scenarios = shippedScenarios();
  it.each(scenarios.map((s) => [s.id, s] as const))('%s fits 4,096 characters', (_id, scenario) => {
    const lengths = [1, 2, 3, 1234, 987654321].map((seed) => {
      const end = longestRun(scenario, seed);
      const code = encodeReplay(scenario, end);
      // The code is the whole run: it decodes to every decision of that run.
      const decoded = decodeReplay(code);
      expect(decoded.ok && decoded.replay.tokens.length).toBe(end.decisions.length);
      return code.length;
    });
    const longest = Math.max(...lengths);
    console.log(`${scenario.id}: longest replay code ${longest} characters`);
    expect(longest).toBeLessThanOrEqual(suspendLimit);
    expect(longest).toBeGreaterThan(20);
  });
});
