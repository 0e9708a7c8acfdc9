import { dimensions, type Dimension } from '../../schemas/vocabulary.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { ScenarioNode } from '../../schemas/node.ts';
import { durationMs } from '../time/duration.ts';
import { toSeed } from '../random.ts';
import { choicesOf, kindOf } from '../kinds/index.ts';
import { advanceTo, startOf } from './clock.ts';
import { guardHolds } from './guards.ts';
import type { Decision, ScoreEntry, SimState } from './types.ts';
import { own } from '../own.ts';

export { effectsTotal } from './effects.ts';

/** Why a decision was refused (a code; the UI or the lint output words it). */
export type StepRefusal =
  'ended' | 'unknown-option' | 'locked' | 'too-few-options' | 'unknown-outcome' | 'wrong-kind';

/** Result of trying a decision: the next state, or why it was refused. */
export type StepResult = { ok: true; state: SimState } | { ok: false; reason: StepRefusal };

/** The state at the start of a run. Injects are scheduled; evidence starts in its initial state. */
export function initialState(
  scenario: Scenario,
  seed: number | string,
  mode: SimState['mode'] = 'practice',
): SimState {
  const clock = startOf(scenario);
  const seedNumber = toSeed(seed);
  const evidence: SimState['evidence'] = {};
  for (const [id, item] of Object.entries(scenario.evidence))
    evidence[id] = { status: item.initial, since: clock };
  const score = Object.fromEntries(dimensions.map((d) => [d, 0])) as Record<Dimension, number>;
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: seedNumber,
    mode,
    node: scenario.start,
    ending: null,
    clock,
    rng: seedNumber,
    seq: scenario.injects.length,
    flags: [],
    evidence,
    pending: scenario.injects.map((inject, index) => ({
      seq: index,
      at: clock + durationMs(inject.at),
      source: { kind: 'inject' as const, index },
    })),
    inbox: [],
    sent: [],
    score,
    decisions: [],
    eventScores: [],
    timeJumps: [],
    announcements: [],
  };
}

/** The node the state is at, or undefined once the run has ended. */
export function currentNode(scenario: Scenario, s: SimState): ScenarioNode | undefined {
  return s.ending === null ? own(scenario.nodes, s.node) : undefined;
}

/** Ids of the choices enabled right now (guards evaluated). */
export function enabledChoices(scenario: Scenario, s: SimState): string[] {
  const node = currentNode(scenario, s);
  return (node ? choicesOf(node.interaction) : [])
    .filter((c) => guardHolds(scenario, s, c.when))
    .map((c) => c.id);
}

function clone(s: SimState): SimState {
  return { ...s, evidence: { ...s.evidence }, score: { ...s.score }, announcements: [] };
}

function moveTo(scenario: Scenario, s: SimState, next: string): void {
  s.node = next;
  if (own(scenario.endings, next)) s.ending = next;
}

/**
 * Applies one decision to the state: the heart of the engine, pure (returns a new state). The
 * node's kind module (src/engine/kinds/) does the work; the XState machine's actions call this,
 * and the graph walk uses it directly.
 */
export function applyDecision(scenario: Scenario, state: SimState, decision: Decision): StepResult {
  const node = currentNode(scenario, state);
  if (!node) return { ok: false, reason: 'ended' };
  const s = clone(state);
  const at = s.clock;
  const entries: ScoreEntry[] = [];
  const applied = kindOf(node.interaction).apply(
    { scenario, before: state, s, entries },
    node.interaction,
    decision,
  );
  if (typeof applied === 'string') return { ok: false, reason: applied };
  const score = entries.reduce((sum, e) => sum + e.delta, 0);
  s.decisions = [
    ...state.decisions,
    { ...applied.record, node: state.node, at, decision, entries, score },
  ];
  moveTo(scenario, s, applied.next);
  return { ok: true, state: s };
}

/** Moves the clock by a duration without a decision (instructor inject, `clock.advance`). */
export function advanceClock(
  scenario: Scenario,
  state: SimState,
  ms: number,
  note: string | null = null,
): SimState {
  const s = clone(state);
  advanceTo(scenario, s, s.clock + ms, { kind: 'instructor', note });
  return s;
}

/** Total score over all dimensions. */
export function totalScore(s: SimState): number {
  let total = 0;
  for (const d of dimensions) total += s.score[d];
  return total;
}
