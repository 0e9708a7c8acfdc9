import { describe, expect, it } from 'vitest';
import { encodeReplay, replay, saveRun } from './persistence.ts';
import { decodeReplay, restoreRun } from './restore.ts';
import { tinyDraftScenario } from './__fixtures__/tiny-draft.ts';
import { initialState } from './sim/step.ts';

const scenario = tinyDraftScenario();
const SEED = 7;

const hostileOutcomes = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

describe('a save or replay code naming an outcome that is not a class (issue 15)', () => {
  it.each(hostileOutcomes)('a saved run with outcome "%s" is refused, not thrown', (outcome) => {
    const save = {
      ...saveRun(initialState(scenario, SEED)),
      decisions: [{ kind: 'draft', outcome }],
    };
    const r = restoreRun(scenario, JSON.stringify(save));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-decision' } });
  });

  it.each(hostileOutcomes.filter((o) => /^[a-z-]+$/.test(o)))(
    'a replay code with outcome "%s" is refused, not thrown',
    (outcome) => {
      const tuple = [1, scenario.id, scenario.version, SEED, 'p', [`d:${outcome}`]];
      const code = btoa(JSON.stringify(tuple)).replace(/=+$/, '');
      const decoded = decodeReplay(code);
      if (!decoded.ok) throw new Error('the code should decode');
      expect(replay(scenario, decoded.replay)).toMatchObject({
        ok: false,
        error: { code: 'invalid-decision' },
      });
    },
  );

  it('a real outcome class still restores, and its replay code round-trips', () => {
    const save = {
      ...saveRun(initialState(scenario, SEED)),
      decisions: [{ kind: 'draft', outcome: 'missing-elements' }],
    };
    const r = restoreRun(scenario, save);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.state.ending).toBe('gone');
    const decoded = decodeReplay(encodeReplay(scenario, r.state));
    if (!decoded.ok) throw new Error(decoded.error.code);
    const again = replay(scenario, decoded.replay);
    expect(again.ok && again.state.ending).toBe('gone');
  });
});
