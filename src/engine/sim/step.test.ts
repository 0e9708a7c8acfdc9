import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Scenario } from '../../schemas/scenario.ts';
import { tinyScenarioData } from '../__fixtures__/tiny.ts';
import { advanceClock, applyDecision, enabledChoices, initialState, totalScore } from './step.ts';
import type { Decision, SimState } from './types.ts';

const tiny = (patch: (d: Record<string, unknown>) => void = () => {}): Scenario => {
  const data = tinyScenarioData();
  patch(data);
  return scenarioSchema.parse(data);
};

function run(s: Scenario, decisions: Decision[], seed = 1): SimState {
  let state = initialState(s, seed);
  for (const d of decisions) {
    const r = applyDecision(s, state, d);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  }
  return state;
}

describe('applyDecision (pure)', () => {
  const s = tiny();

  it('starts at the start node with initial evidence and zero scores', () => {
    const st = initialState(s, 7);
    expect(st.node).toBe('start');
    expect(st.evidence['logs']?.status).toBe('identified');
    expect(totalScore(st)).toBe(0);
    expect(enabledChoices(s, st)).toEqual(['send', 'idle']);
  });

  it('does not mutate its input', () => {
    const st = initialState(s, 7);
    const copy = structuredClone(st);
    applyDecision(s, st, { kind: 'choose', choice: 'send' });
    expect(st).toEqual(copy);
  });

  it('applies cost, score and send, scheduling the reply inside working hours', () => {
    const st = run(s, [{ kind: 'choose', choice: 'send' }]);
    expect(st.clock - initialState(s, 1).clock).toBe(30 * 60000);
    expect(st.score.timeliness).toBe(2);
    expect(st.pending).toHaveLength(1);
    expect(new Date(st.pending[0]?.at ?? 0).toISOString()).toBe('2026-03-06T17:00:00.000Z');
    expect(st.decisions[0]).toMatchObject({
      score: 2,
      minScore: -2,
      maxScore: 2,
      feedback: 'Good.',
    });
    expect(st.node).toBe('wait');
  });

  it('waiting advances to the next event, which fires and changes evidence', () => {
    const st = run(s, [{ kind: 'choose', choice: 'send' }, { kind: 'wait' }]);
    expect(st.inbox.map((m) => m.id)).toEqual(['isp-done']);
    expect(st.evidence['logs']?.status).toBe('preserved');
    expect(st.announcements.map((a) => a.kind)).toEqual(['message', 'time-jump']);
    expect(enabledChoices(s, st)).toEqual(['win']);
    const end = run(s, [
      { kind: 'choose', choice: 'send' },
      { kind: 'wait' },
      { kind: 'choose', choice: 'win' },
    ]);
    expect(end.ending).toBe('kept');
    expect(applyDecision(s, end, { kind: 'wait' })).toEqual({
      ok: false,
      reason: 'ended',
    });
  });

  it('loses evidence whose deadline passes unpreserved, recording the moment', () => {
    const st = run(s, [{ kind: 'choose', choice: 'idle' }]);
    expect(st.evidence['logs']).toMatchObject({
      status: 'lost',
      lostAt: Date.parse('2026-03-09T15:30:00Z'),
    });
    expect(st.announcements.map((a) => a.kind)).toEqual(['evidence-lost', 'time-jump']);
    expect(st.timeJumps).toHaveLength(1);
  });

  it("a reply after the weekend arrives Monday in the recipient's zone, across US DST", () => {
    const late = tiny((d) => (d['startsAt'] = '2026-03-06T23:00:00+01:00'));
    const st = run(late, [{ kind: 'choose', choice: 'send' }, { kind: 'wait' }]);
    expect(st.inbox[0]?.arrivedAt).toBe(Date.parse('2026-03-09T14:00:00Z')); // Mon 10:00 EDT
    expect(st.evidence['logs']?.status).toBe('preserved'); // deadline Mon 22:00 UTC
  });

  it('events and losses fire in time order', () => {
    const tight = tiny((d) => {
      (d['evidence'] as Record<string, Record<string, unknown>>)['logs']!['retention'] = 'PT1H';
    });
    const st = run(tight, [{ kind: 'choose', choice: 'send' }, { kind: 'wait' }]);
    // Deadline 16:30 UTC comes before the reply at 17:00 UTC: the reply cannot save lost data.
    expect(st.evidence['logs']).toMatchObject({
      status: 'lost',
      lostAt: Date.parse('2026-03-06T16:30:00Z'),
    });
    expect(st.announcements.map((a) => a.kind)).toEqual(['evidence-lost', 'message', 'time-jump']);
  });

  it('refuses decisions that do not fit', () => {
    const st = initialState(s, 1);
    expect(applyDecision(s, st, { kind: 'choose', choice: 'nope' })).toEqual({
      ok: false,
      reason: 'unknown-option',
    });
    expect(applyDecision(s, st, { kind: 'wait' })).toEqual({ ok: false, reason: 'wrong-kind' });
    const checked = run(s, [{ kind: 'choose', choice: 'send' }, { kind: 'wait' }]);
    expect(applyDecision(s, checked, { kind: 'choose', choice: 'lose' })).toEqual({
      ok: false,
      reason: 'locked',
    });
  });

  it('same seed and decisions give the same run; the seed drives delays', () => {
    const ranged = tiny((d) => {
      const isp = (d['actors'] as Record<string, Record<string, Record<string, unknown>>>)['isp']!;
      isp['responds']!['delay'] = { min: 'PT1H', max: 'PT3H' };
    });
    const a = run(ranged, [{ kind: 'choose', choice: 'send' }], 42);
    const b = run(ranged, [{ kind: 'choose', choice: 'send' }], 42);
    expect(a).toEqual(b);
    const dues = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map(
        (seed) => run(ranged, [{ kind: 'choose', choice: 'send' }], seed).pending[0]?.at,
      ),
    );
    expect(dues.size).toBeGreaterThan(1);
  });

  it('clock.advance moves time without a decision', () => {
    const st = advanceClock(s, initialState(s, 1), 4 * 86400000, 'instructor inject');
    expect(st.evidence['logs']?.status).toBe('lost');
    expect(st.decisions).toHaveLength(0);
  });
});
