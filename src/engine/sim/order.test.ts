import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../schemas/scenario.ts';
import { tinyScenarioData } from '../__fixtures__/tiny.ts';
import { viewOf } from '../view.ts';
import { displayOrder } from './order.ts';
import { runDecisions } from './run.ts';
import { initialState } from './step.ts';

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const OPTION_COUNT = 4;

describe('options in a seeded order', () => {
  it('the same seed gives the same order; over seeds the first option lands everywhere', () => {
    for (const seed of SEEDS)
      expect(displayOrder(seed, 'start', OPTION_COUNT)).toEqual(
        displayOrder(seed, 'start', OPTION_COUNT),
      );
    const places = new Set(
      SEEDS.map((seed) => displayOrder(seed, 'start', OPTION_COUNT).indexOf(0)),
    );
    expect([...places].sort()).toEqual([0, 1, 2, 3]);
    for (const seed of SEEDS)
      expect([...displayOrder(seed, 'start', OPTION_COUNT)].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('locked options and single actions', () => {
  const scenario = scenarioSchema.parse(tinyScenarioData());
  const atCheck = (seed: number) =>
    runDecisions(scenario, seed, [{ kind: 'choose', choice: 'send' }, { kind: 'wait' }]).state;

  it('a step with one possible action is a plain Continue (locked twin hidden)', () => {
    const view = viewOf(scenario, atCheck(1));
    expect(view.node?.interaction).toEqual({ kind: 'continue', choice: 'win', label: 'Close' });
  });

  it('a locked option with showWhenLocked is shown disabled with its reason', () => {
    const data = tinyScenarioData();
    const check = (data['nodes'] as Record<string, { choices: Array<Record<string, unknown>> }>)[
      'check'
    ]!;
    check.choices[1]!['showWhenLocked'] = 'Only once the logs are gone';
    const withReason = scenarioSchema.parse(data);
    const state = runDecisions(withReason, 1, [
      { kind: 'choose', choice: 'send' },
      { kind: 'wait' },
    ]).state;
    const interaction = viewOf(withReason, state).node?.interaction;
    if (interaction?.kind !== 'choices') throw new Error('expected a choice');
    expect(interaction.options.find((o) => o.id === 'lose')).toEqual({
      id: 'lose',
      label: 'Close',
      enabled: false,
      lockedReason: 'Only once the logs are gone',
    });
  });

  it('a Continue step gives no verdict in the feedback', () => {
    const s = atCheck(1);
    const r = runDecisions(scenario, 1, [
      ...s.decisions.map((d) => d.decision),
      { kind: 'choose', choice: 'win' },
    ]);
    expect(viewOf(scenario, r.state).feedback?.verdict).toBeNull();
    expect(viewOf(scenario, initialState(scenario, 1)).feedback).toBeNull();
  });
});
