// Tests whose point IS the shipped content (content/scenarios): every scenario lints clean, every
// path ends, the best path scores 100 % and its dimensions add up, and scores tell a careful
// trainee from a careless one. Engine behaviour is tested on small fixtures (__fixtures__/tiny.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dimensions } from '../schemas/common.ts';
import { scenarioDir, scenarioFileNames, shippedScenarios } from './__fixtures__/shipped.ts';
import { measurePolicies, median, policyFailures, POLICY_THRESHOLDS } from './graph/policies.ts';
import { walkScenario } from './graph/walk.ts';
import { formatLint, lintScenarios } from './lint.ts';
import { scoreReport } from './scoring.ts';
import { availableDecisions } from './sim/options.ts';
import { runDecisions } from './sim/run.ts';
import { applyDecision, initialState, totalScore } from './sim/step.ts';
import type { SimState } from './sim/types.ts';

/** Seeds of the policy measure here (npm run bench measures 50). */
const POLICY_SEEDS = [1, 2, 3];

describe('shipped scenarios', () => {
  it('lint clean (warnings allowed)', () => {
    const files = scenarioFileNames().map((n) => ({
      file: n,
      text: readFileSync(join(scenarioDir, n), 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(0);
    expect(formatLint({ problems: lintScenarios(files).problems })).toBe('');
  });
});

const seeds = [1, 2, 3, 4, 5, 1234, 987654321];

describe.each(shippedScenarios().map((s) => [s.id, s] as const))(
  'every path of %s',
  (_id, scenario) => {
    it.each(seeds)(
      'seed %i: all paths end, no dead ends or loops, every node and ending reachable',
      (seed) => {
        const started = performance.now();
        const walk = walkScenario(scenario, seed);
        const ms = Math.round(performance.now() - started);
        console.log(
          `${scenario.id} seed ${seed}: ${walk.states} states, ${walk.paths} paths, best ${walk.best.total}, worst ${walk.worstTotal}, ${ms} ms`,
        );
        expect(walk.truncated).toBe(false);
        expect(walk.deadEnds).toEqual([]);
        expect(walk.cycles).toEqual([]);
        expect(walk.errors).toEqual([]);
        expect(walk.paths).toBeGreaterThan(0);
        expect(walk.nodesVisited).toEqual(expect.arrayContaining(Object.keys(scenario.nodes)));
        expect(Object.keys(walk.endings).sort()).toEqual(Object.keys(scenario.endings).sort());
        expect(walk.best.total).toBeGreaterThan(0);
      },
    );

    it('the best path scores 100 % and ends in a success; every dimension stays in range', () => {
      for (const seed of seeds.slice(0, 3)) {
        const walk = walkScenario(scenario, seed);
        let s: SimState = initialState(scenario, seed);
        for (const d of walk.best.decisions) {
          const r = applyDecision(scenario, s, d);
          if (!r.ok) throw new Error(r.reason);
          s = r.state;
        }
        expect(s.ending && scenario.endings[s.ending]?.verdict).toBe('success');
        const report = scoreReport(scenario, s);
        expect(report.total).toMatchObject({ score: walk.best.total, percent: 100 });
        for (const d of report.dimensions) {
          expect(d.score).toBeLessThanOrEqual(d.best);
          expect(d.score).toBeGreaterThanOrEqual(d.worst);
        }
        for (const step of report.steps) {
          expect(step.score).toBeGreaterThanOrEqual(step.minScore);
          expect(step.score).toBeLessThanOrEqual(step.maxScore);
        }
      }
    });

    it('500 random seeded paths end with scores inside the walked range', () => {
      let rng = 12345;
      const rand = (n: number): number => {
        rng = (Math.imul(rng, 1103515245) + 12345) >>> 0;
        return rng % n;
      };
      const walk = walkScenario(scenario, 3);
      for (let i = 0; i < 500; i++) {
        let s = initialState(scenario, 3);
        for (let steps = 0; s.ending === null; steps++) {
          expect(steps).toBeLessThan(200);
          const options = availableDecisions(scenario, s);
          const r = applyDecision(scenario, s, options[rand(options.length)]!);
          if (!r.ok) throw new Error(r.reason);
          s = r.state;
        }
        expect(totalScore(s)).toBeLessThanOrEqual(walk.best.total);
        expect(totalScore(s)).toBeGreaterThanOrEqual(walk.worstTotal);
        for (const d of dimensions) expect(s.score[d]).toBeLessThanOrEqual(walk.dimensionMax[d]);
      }
    });
  },
);

describe.each(shippedScenarios().map((s) => [s.id, s] as const))(
  'best run of %s',
  (_id, scenario) => {
    it.each(seeds.slice(0, 3))(
      'seed %i: replaying the best decisions gives the best total, split by dimension',
      (seed) => {
        const walk = walkScenario(scenario, seed);
        const run = runDecisions(scenario, seed, walk.best.decisions);
        if (!run.ok) throw new Error(run.reason);
        expect(totalScore(run.state)).toBe(walk.best.total);
        expect(run.state.score).toEqual(walk.best.byDimension);
        const sum = dimensions.reduce((acc, d) => acc + walk.best.byDimension[d], 0);
        expect(sum).toBe(walk.best.total);
      },
    );
  },
);

describe('scores tell a careful trainee from a careless one', () => {
  for (const scenario of shippedScenarios()) {
    it(`${scenario.id}: best 100 %, first option with empty drafts fails, random play far below`, () => {
      const m = measurePolicies(scenario, POLICY_SEEDS, 3);
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
});
