import { dimensions, type Dimension } from '../schemas/vocabulary.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { walkScenario, type WalkResult } from './graph/walk.ts';
import { own } from './own.ts';
import { totalScore } from './sim/step.ts';
import type { Decision, ScoreEntry, SimState } from './sim/types.ts';

const walks = new WeakMap<Scenario, Map<number, WalkResult>>();

/** The full walk for a scenario and seed, computed once and cached. */
export function analyseScenario(scenario: Scenario, seed: number): WalkResult {
  let bySeed = walks.get(scenario);
  if (!bySeed) walks.set(scenario, (bySeed = new Map<number, WalkResult>()));
  let walk = bySeed.get(seed);
  if (!walk) bySeed.set(seed, (walk = walkScenario(scenario, seed)));
  return walk;
}

/** The best achievable run for this seed, found by search: total, dimension values, decisions. */
export function bestAchievable(
  scenario: Scenario,
  seed: number,
): {
  total: number;
  byDimension: Record<Dimension, number>;
  dimensionMax: Record<Dimension, number>;
  decisions: Decision[];
} {
  const walk = analyseScenario(scenario, seed);
  return { ...walk.best, dimensionMax: walk.dimensionMax };
}

/** Score versus best on one dimension (percent null when no run can gain on it). */
export interface DimensionScore {
  dimension: Dimension;
  score: number;
  /** Highest value any complete run reaches on this dimension. */
  best: number;
  /** Lowest value any complete run reaches. */
  worst: number;
  percent: number | null;
  /** The ending capped this dimension's percentage (a failed case cannot show full marks on it). */
  capped: boolean;
}

/** Scores of a run against the best achievable run, plus each scored step's contract. */
export interface ScoreReport {
  total: { score: number; best: number; worst: number; percent: number };
  dimensions: DimensionScore[];
  steps: Array<{
    node: string;
    label: string;
    score: number;
    minScore: number;
    maxScore: number;
    entries: ScoreEntry[];
  }>;
  events: Array<ScoreEntry & { at: number; source: string }>;
}

/** On a failure ending, these dimensions show at most this percentage (unless the ending says). */
export const FAILURE_CAPS: Readonly<Partial<Record<Dimension, number>>> = {
  timeliness: 50,
  safeguarding: 50,
};

/** The caps of the ending a run reached: failure defaults, then the ending's own. */
function capsOf(scenario: Scenario, s: SimState): Partial<Record<Dimension, number>> {
  const ending = s.ending ? own(scenario.endings, s.ending) : undefined;
  if (!ending) return {};
  return { ...(ending.verdict === 'failure' ? FAILURE_CAPS : {}), ...ending.caps };
}

const percentOf = (score: number, best: number): number =>
  Math.max(0, Math.min(100, Math.round((Math.max(0, score) / best) * 100)));

/** Score report for a run: per dimension and in total, against the best run of the same seed. */
export function scoreReport(scenario: Scenario, s: SimState): ScoreReport {
  const walk = analyseScenario(scenario, s.seed);
  const score = totalScore(s);
  const caps = capsOf(scenario, s);
  return {
    total: {
      score,
      best: walk.best.total,
      worst: walk.worstTotal,
      percent: walk.best.total > 0 ? percentOf(score, walk.best.total) : 100,
    },
    dimensions: dimensions.map((d) => {
      const raw = walk.dimensionMax[d] > 0 ? percentOf(s.score[d], walk.dimensionMax[d]) : null;
      const cap = Object.hasOwn(caps, d) ? caps[d] : undefined;
      const capped = raw !== null && cap !== undefined && raw > cap;
      return {
        dimension: d,
        score: s.score[d],
        best: walk.dimensionMax[d],
        worst: walk.dimensionMin[d],
        percent: capped ? (cap ?? raw) : raw,
        capped,
      };
    }),
    steps: s.decisions.map((d) => ({
      node: d.node,
      label: d.label,
      score: d.score,
      minScore: d.minScore,
      maxScore: d.maxScore,
      entries: d.entries,
    })),
    events: s.eventScores,
  };
}
