import { dimensions, type Dimension } from '../../schemas/vocabulary.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { availableDecisions } from '../sim/options.ts';
import { applyDecision, initialState, totalScore } from '../sim/step.ts';
import type { Decision, SimState } from '../sim/types.ts';
import { own } from '../own.ts';

/** Key of the full simulation state that decides the future: node, clock, randomness, flags, evidence, pending events, inbox. */
export function stateKey(s: SimState): string {
  const evidence = Object.keys(s.evidence)
    .sort()
    .map((id) => own(s.evidence, id)?.status);
  const pending = s.pending.map((p) => [
    p.at,
    p.source.kind === 'reply' ? `${p.source.actor}/${p.source.rule}` : `i${p.source.index}`,
  ]);
  return JSON.stringify([
    s.node,
    s.ending,
    s.clock,
    s.rng,
    s.flags,
    evidence,
    pending,
    s.inbox.map((m) => m.id),
  ]);
}

/** States a walk visits before it gives up (the linter uses a smaller budget). */
export const DEFAULT_MAX_STATES = 2_000_000;

interface Memo {
  best: number;
  worst: number;
  bestDecision: Decision | null;
  bestNext: SimState | null;
  dimMax: number[];
  dimMin: number[];
  paths: number;
  endingPaths: Record<string, number>;
}

/** Everything a walk of the state space learns. */
export interface WalkResult {
  /** Distinct simulation states visited (after deduplication). */
  states: number;
  /** Distinct decision paths from the start to an ending. */
  paths: number;
  /** Endings reached and by how many paths. */
  endings: Record<string, number>;
  /** Nodes seen in at least one state. */
  nodesVisited: string[];
  /** Non-final states with no enabled decision. */
  deadEnds: Array<{ node: string; clock: number }>;
  /** Nodes where a state repeats itself (a loop that never moves the clock). */
  cycles: string[];
  /** Decisions the engine refused while walking (data errors). */
  errors: string[];
  /** Best achievable total score and the path that achieves it. */
  best: { total: number; byDimension: Record<Dimension, number>; decisions: Decision[] };
  /** Worst total score of any complete path. */
  worstTotal: number;
  /** Highest and lowest value each dimension reaches on any complete path. */
  dimensionMax: Record<Dimension, number>;
  dimensionMin: Record<Dimension, number>;
  /** True when the walk stopped at `maxStates`. */
  truncated: boolean;
}

/** Walks every reachable state from `from` (or the start) with memoisation; best/worst are computed by search, never typed in. */
export function walkScenario(
  scenario: Scenario,
  seed: number | string,
  options: {
    from?: SimState;
    maxStates?: number;
    /** Called once for every distinct state reached (the linter inspects options with it). */
    onState?: (s: SimState) => void;
  } = {},
): WalkResult {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const memo = new Map<string, Memo>();
  const inProgress = new Set<string>();
  const nodes = new Set<string>();
  const deadEnds: WalkResult['deadEnds'] = [];
  const cycles = new Set<string>();
  const errors: string[] = [];
  let truncated = false;
  const zero = (): number[] => dimensions.map(() => 0);

  const visit = (s: SimState): Memo => {
    const key = stateKey(s);
    const hit = memo.get(key);
    if (hit) return hit;
    nodes.add(s.node);
    options.onState?.(s);
    if (s.ending) {
      const m: Memo = {
        best: 0,
        worst: 0,
        bestDecision: null,
        bestNext: null,
        dimMax: zero(),
        dimMin: zero(),
        paths: 1,
        endingPaths: { [s.ending]: 1 },
      };
      memo.set(key, m);
      return m;
    }
    const empty: Memo = {
      best: -Infinity,
      worst: Infinity,
      bestDecision: null,
      bestNext: null,
      dimMax: zero().map(() => -Infinity),
      dimMin: zero().map(() => Infinity),
      paths: 0,
      endingPaths: {},
    };
    if (inProgress.has(key)) {
      cycles.add(s.node);
      return empty;
    }
    if (memo.size >= maxStates) {
      truncated = true;
      return empty;
    }
    inProgress.add(key);
    const m: Memo = {
      ...empty,
      dimMax: [...empty.dimMax],
      dimMin: [...empty.dimMin],
      endingPaths: {},
    };
    const decisions = availableDecisions(scenario, s);
    if (decisions.length === 0) deadEnds.push({ node: s.node, clock: s.clock });
    const base = totalScore(s);
    for (const decision of decisions) {
      const result = applyDecision(scenario, s, decision);
      if (!result.ok) {
        errors.push(`${s.node}: ${result.reason}`);
        continue;
      }
      const next = result.state;
      const child = visit(next);
      if (child.paths === 0) continue;
      const gain = totalScore(next) - base;
      m.paths += child.paths;
      for (const [id, n] of Object.entries(child.endingPaths))
        m.endingPaths[id] = (m.endingPaths[id] ?? 0) + n;
      if (gain + child.best > m.best) {
        m.best = gain + child.best;
        m.bestDecision = decision;
        m.bestNext = next;
      }
      m.worst = Math.min(m.worst, gain + child.worst);
      dimensions.forEach((d, i) => {
        const g = next.score[d] - s.score[d];
        m.dimMax[i] = Math.max(m.dimMax[i] ?? -Infinity, g + (child.dimMax[i] ?? 0));
        m.dimMin[i] = Math.min(m.dimMin[i] ?? Infinity, g + (child.dimMin[i] ?? 0));
      });
    }
    inProgress.delete(key);
    memo.set(key, m);
    return m;
  };

  const start = options.from ?? initialState(scenario, seed);
  const root = visit(start);
  // The memo is keyed on what decides the future, not on the score so far, so a memo entry's
  // `bestNext` may come from another path: follow it only for the decisions, then replay them.
  const path: Decision[] = [];
  let cursor: Memo | undefined = root;
  while (cursor?.bestDecision && cursor.bestNext) {
    path.push(cursor.bestDecision);
    cursor = memo.get(stateKey(cursor.bestNext));
  }
  let state: SimState = start;
  for (const decision of path) {
    const r = applyDecision(scenario, state, decision);
    if (!r.ok) break;
    state = r.state;
  }
  const byDim = (values: number[], baseState: SimState): Record<Dimension, number> =>
    Object.fromEntries(
      dimensions.map((d, i) => [d, baseState.score[d] + (values[i] ?? 0)]),
    ) as Record<Dimension, number>;
  return {
    states: memo.size,
    paths: root.paths,
    endings: root.endingPaths,
    nodesVisited: [...nodes].sort(),
    deadEnds,
    cycles: [...cycles].sort(),
    errors,
    best: {
      total: totalScore(start) + root.best,
      byDimension: { ...state.score },
      decisions: path,
    },
    worstTotal: totalScore(start) + root.worst,
    dimensionMax: byDim(root.dimMax, start),
    dimensionMin: byDim(root.dimMin, start),
    truncated,
  };
}
