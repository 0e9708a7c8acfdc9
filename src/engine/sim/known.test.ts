import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../schemas/scenario.ts';
import { tinyScenarioData } from '../__fixtures__/tiny.ts';
import { knownActors } from './known.ts';
import { runDecisions } from './run.ts';

/** Tiny, with a second provider whose logs nobody has found yet. */
function tinyWithHiddenProvider() {
  const data = tinyScenarioData() as {
    actors: Record<string, unknown>;
    evidence: Record<string, unknown>;
  };
  data.actors['hidden-isp'] = {
    name: 'Hidden ISP',
    kind: 'provider',
    state: 'beta',
    timezone: 'America/New_York',
  };
  data.evidence['hidden-logs'] = {
    label: 'Hidden logs',
    holder: 'hidden-isp',
    category: 'traffic',
    retention: 'P30D',
    initial: 'unknown',
  };
  return scenarioSchema.parse(data);
}

describe('actors the trainee knows of', () => {
  const scenario = tinyWithHiddenProvider();

  it('lists own agencies and holders of identified evidence, not a provider nobody has named yet', () => {
    const start = runDecisions(scenario, 1, []).state;
    const known = knownActors(scenario, start);
    expect(known.has('desk')).toBe(true);
    expect(known.has('isp')).toBe(true);
    expect(known.has('hidden-isp')).toBe(false);
  });

  it('adds the provider once its evidence is identified', () => {
    const start = runDecisions(scenario, 1, []).state;
    const found = {
      ...start,
      evidence: { ...start.evidence, 'hidden-logs': { status: 'identified' as const, since: 0 } },
    };
    expect(knownActors(scenario, found).has('hidden-isp')).toBe(true);
  });
});
