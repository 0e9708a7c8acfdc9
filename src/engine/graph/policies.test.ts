import { describe, expect, it } from 'vitest';
import { policyFailures } from './policies.ts';

// The measure on every shipped scenario is in src/engine/shipped-content.test.ts.
describe('policy thresholds', () => {
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
