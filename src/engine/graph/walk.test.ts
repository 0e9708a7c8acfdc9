import { describe, expect, it } from 'vitest';
import { dimensions } from '../../schemas/common.ts';
import { allKindsScenario, tinyScenario } from '../__fixtures__/tiny.ts';
import { runDecisions } from '../sim/run.ts';
import { totalScore } from '../sim/step.ts';
import { walkScenario } from './walk.ts';

// The same properties on every shipped scenario: src/engine/shipped-content.test.ts.
describe.each([
  ['tiny', tinyScenario()],
  ['all kinds', allKindsScenario()],
] as const)('walk of the %s fixture', (_name, scenario) => {
  it('visits every node and ending, with no dead end, loop or refused decision', () => {
    const walk = walkScenario(scenario, 1);
    expect(walk.truncated).toBe(false);
    expect(walk.deadEnds).toEqual([]);
    expect(walk.cycles).toEqual([]);
    expect(walk.errors).toEqual([]);
    expect(walk.nodesVisited).toEqual(expect.arrayContaining(Object.keys(scenario.nodes)));
    expect(Object.keys(walk.endings).sort()).toEqual(Object.keys(scenario.endings).sort());
  });

  it('replaying the best decisions gives the best total, split by dimension', () => {
    const walk = walkScenario(scenario, 1);
    const run = runDecisions(scenario, 1, walk.best.decisions);
    if (!run.ok) throw new Error(run.reason);
    expect(run.state.ending).toBe('kept');
    expect(totalScore(run.state)).toBe(walk.best.total);
    expect(run.state.score).toEqual(walk.best.byDimension);
    expect(dimensions.reduce((sum, d) => sum + walk.best.byDimension[d], 0)).toBe(walk.best.total);
  });
});

describe('walk of the all-kinds fixture', () => {
  it('counts every subset of the select as its own path', () => {
    // Two ways at the start × four subsets of two options × one way on, per guard outcome.
    const tiny = walkScenario(tinyScenario(), 1);
    const all = walkScenario(allKindsScenario(), 1);
    expect(all.paths).toBe(tiny.paths * 4);
    // The best run ticks both options: +1 coordination and +1 quality over the tiny best.
    expect(all.best.total).toBe(tiny.best.total + 2);
  });
});
