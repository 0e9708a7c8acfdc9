import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../__fixtures__/shipped.ts';
import { measurePolicies, median, policyFailures, POLICY_THRESHOLDS } from './policies.ts';

// Issue 14's measure on every shipped scenario, on a few seeds (npm run bench measures 50).
const SEEDS = [1, 2, 3];

describe('scores tell a careful trainee from a careless one', () => {
  for (const scenario of shippedScenarios()) {
    it(`${scenario.id}: best 100 %, first option with empty drafts fails, random play far below`, () => {
      const m = measurePolicies(scenario, SEEDS, 3);
      expect(m.best.every((r) => r.percent === POLICY_THRESHOLDS.best && r.success)).toBe(true);
      expect(Math.max(...m.first.map((r) => r.percent))).toBeLessThanOrEqual(
        POLICY_THRESHOLDS.firstMax,
      );
      expect(m.first.filter((r) => r.success)).toEqual([]);
      expect(median(m.random.map((r) => r.percent))).toBeLessThanOrEqual(
        POLICY_THRESHOLDS.randomMedianMax,
      );
      expect(policyFailures(m)).toEqual([]);
    });
  }

  it('reports every threshold a scenario misses', () => {
    const run = (percent: number, success: boolean) => ({ percent, ending: 'x', success });
    const failures = policyFailures({
      best: [run(90, true)],
      first: [run(60, true)],
      random: [run(70, false), run(80, false)],
    });
    expect(failures.map((f) => f.rule)).toEqual([
      'best-below-100',
      'first-too-high',
      'first-succeeds',
      'random-median-too-high',
      'gap-too-small',
    ]);
  });
});
