import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../schemas/scenario.ts';
import { tinyScenarioData } from './__fixtures__/tiny.ts';
import { scoreReport } from './scoring.ts';
import { runDecisions } from './sim/run.ts';
import type { Decision } from './sim/types.ts';

/** The tiny scenario where idling scores as well on timeliness as sending (a misleading reward). */
function generousTiny(caps?: Record<string, number>) {
  const data = tinyScenarioData() as {
    nodes: { start: { choices: Array<{ id: string; effects: Record<string, unknown> }> } };
    endings: { gone: Record<string, unknown> };
  };
  const idle = data.nodes.start.choices.find((c) => c.id === 'idle');
  if (idle)
    idle.effects['score'] = { timeliness: { delta: 2, reason: 'Fast, as far as it went.' } };
  if (caps) data.endings.gone['caps'] = caps;
  return scenarioSchema.parse(data);
}

const careless: Decision[] = [
  { kind: 'choose', choice: 'idle' },
  { kind: 'wait' },
  { kind: 'choose', choice: 'lose' },
];

function timeliness(caps?: Record<string, number>) {
  const scenario = generousTiny(caps);
  const run = runDecisions(scenario, 1, careless);
  if (!run.ok) throw new Error(run.reason);
  expect(run.state.ending).toBe('gone');
  return scoreReport(scenario, run.state).dimensions.find((d) => d.dimension === 'timeliness');
}

describe('endings cap dimensions', () => {
  it('a failed case cannot show full marks on timeliness', () => {
    const d = timeliness();
    expect(d?.score).toBe(d?.best);
    expect(d?.percent).toBe(50);
    expect(d?.capped).toBe(true);
  });

  it('an ending can set its own cap', () => {
    expect(timeliness({ timeliness: 0 })?.percent).toBe(0);
  });

  it('leaves dimensions of a successful run alone', () => {
    const scenario = generousTiny();
    const run = runDecisions(scenario, 1, [
      { kind: 'choose', choice: 'send' },
      { kind: 'wait' },
      { kind: 'choose', choice: 'win' },
    ]);
    if (!run.ok) throw new Error(run.reason);
    const report = scoreReport(scenario, run.state);
    expect(report.dimensions.every((d) => !d.capped)).toBe(true);
    expect(report.dimensions.find((d) => d.dimension === 'timeliness')?.percent).toBe(100);
  });
});
