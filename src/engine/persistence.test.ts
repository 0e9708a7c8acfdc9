import { describe, expect, it } from 'vitest';
import type { Scenario } from '../schemas/scenario.ts';
import { shippedScenarios, tinyScenarioData } from './__fixtures__/shipped.ts';
import { draftDecision } from './machine.ts';
import { encodeReplay, replay, saveRun, undo } from './persistence.ts';
import { decodeReplay, restoreRun } from './restore.ts';
import { scenarioSchema } from '../schemas/scenario.ts';
import { availableDecisions } from './sim/options.ts';
import { applyDecision, initialState } from './sim/step.ts';
import type { SimState } from './sim/types.ts';
import { stateKey } from './graph/walk.ts';

/** A random complete run; drafts go through the validator as the player would send them. */
function randomRun(scenario: Scenario, seed: number, pick: number): SimState {
  let s = initialState(scenario, seed, pick % 2 ? 'assessment' : 'practice');
  let r = pick;
  while (s.ending === null) {
    const options = availableDecisions(scenario, s);
    r = (Math.imul(r, 1664525) + 1013904223) >>> 0;
    let d = options[r % options.length]!;
    if (d.kind === 'draft' && d.draft) d = draftDecision(scenario, s, d.draft) ?? d;
    const step = applyDecision(scenario, s, d);
    if (!step.ok) throw new Error(step.reason);
    s = step.state;
  }
  return s;
}

describe.each(shippedScenarios().map((s) => [s.id, s] as const))(
  'persistence of %s',
  (_id, scenario) => {
    it('save → JSON → restore gives exactly the same state (200 random runs)', () => {
      for (let i = 0; i < 200; i++) {
        const run = randomRun(scenario, i * 7919, i);
        const restored = restoreRun(scenario, JSON.stringify(saveRun(run)));
        expect(restored).toEqual({ ok: true, state: run });
      }
    });

    it('replay codes round-trip, stay well under 4 KB, and reproduce the simulation', () => {
      let longest = 0;
      for (let i = 0; i < 200; i++) {
        const run = randomRun(scenario, i, i * 31 + 5);
        const code = encodeReplay(scenario, run);
        longest = Math.max(longest, code.length);
        const decoded = decodeReplay(code);
        if (!decoded.ok) throw new Error(decoded.error.code);
        const again = replay(scenario, decoded.replay);
        if (!again.ok) throw new Error(again.error.code);
        expect(stateKey(again.state)).toBe(stateKey(run));
        expect(again.state.score).toEqual(run.score);
        expect(again.state.decisions.map((d) => d.label)).toEqual(
          run.decisions.map((d) => d.label),
        );
      }
      console.log(`${scenario.id}: longest replay code ${longest} characters`);
      expect(longest).toBeLessThan(1024);
    });

    it('undo replays all but the last decision', () => {
      const run = randomRun(scenario, 5, 9);
      const back = undo(scenario, run);
      expect(back.decisions).toHaveLength(run.decisions.length - 1);
      expect(back.node).toBe(run.decisions[run.decisions.length - 1]?.node);
    });
  },
);

describe('hostile input never throws', () => {
  const scenario = scenarioSchema.parse(tinyScenarioData());
  const hostileCodes: unknown[] = [
    '',
    '!!!',
    'a'.repeat(9000),
    null,
    42,
    {},
    'e30',
    'W10',
    'WzEsInRpbnkiLDEsMSwicCIsWzk5OV1d',
    btoa('[1,"tiny",1,1,"p",["x"]]'),
    btoa('{"__proto__":{"x":1}}').replace(/=/g, ''),
    '____',
    'AAAA',
    btoa('[1,"tiny",1,-5,"p",[]]').replace(/=/g, ''),
  ];
  it.each(hostileCodes.map((c, i) => [i, c] as const))('replay code #%i', (_i, code) => {
    const decoded = decodeReplay(code);
    if (decoded.ok) {
      const r = replay(scenario, decoded.replay);
      expect(typeof r.ok).toBe('boolean');
    } else {
      expect(decoded.error.code).toMatch(/^(invalid-text|invalid-format)$/);
    }
  });

  it('an out-of-range choice index is a typed error', () => {
    const decoded = decodeReplay(btoa('[1,"tiny",1,1,"p",[999]]').replace(/=+$/, ''));
    expect(decoded.ok).toBe(true);
    if (decoded.ok)
      expect(replay(scenario, decoded.replay)).toMatchObject({
        ok: false,
        error: { code: 'invalid-decision' },
      });
  });

  it.each([
    ['not json', '{'],
    ['wrong format', { format: 'other' }],
    [
      'wrong scenario',
      {
        format: 'cca-run',
        version: 1,
        scenarioId: 'x',
        scenarioVersion: 1,
        seed: 1,
        mode: 'practice',
        decisions: [],
      },
    ],
    [
      'changed scenario',
      {
        format: 'cca-run',
        version: 1,
        scenarioId: 'tiny',
        scenarioVersion: 9,
        seed: 1,
        mode: 'practice',
        decisions: [],
      },
    ],
    [
      'bad decision',
      {
        format: 'cca-run',
        version: 1,
        scenarioId: 'tiny',
        scenarioVersion: 1,
        seed: 1,
        mode: 'practice',
        decisions: [{ kind: 'choose', choice: 'nope' }],
      },
    ],
    [
      'extra fields',
      {
        format: 'cca-run',
        version: 1,
        scenarioId: 'tiny',
        scenarioVersion: 1,
        seed: 1,
        mode: 'practice',
        decisions: [],
        admin: true,
      },
    ],
    [
      'huge seed',
      {
        format: 'cca-run',
        version: 1,
        scenarioId: 'tiny',
        scenarioVersion: 1,
        seed: 2 ** 40,
        mode: 'practice',
        decisions: [],
      },
    ],
  ])('saved run: %s', (_name, input) => {
    const r = restoreRun(scenario, typeof input === 'string' ? input : JSON.stringify(input));
    expect(r.ok).toBe(false);
  });
});
