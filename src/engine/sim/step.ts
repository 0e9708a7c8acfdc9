import { dimensions, type Dimension } from '../../schemas/vocabulary.ts';
import { isOutcomeClass } from '../draft-port.ts';
import type { Effects } from '../../schemas/effect.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { ScenarioNode } from '../../schemas/node.ts';
import { durationMs } from '../time/duration.ts';
import { toSeed } from '../random.ts';
import { advanceTo, applyInstant, nextEventAt, sendMessage, startOf } from './clock.ts';
import { guardHolds } from './guards.ts';
import type { Decision, DecisionRecord, JumpCause, ScoreEntry, SimState } from './types.ts';
import { own } from '../own.ts';

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

/** Sum of an effects block's score deltas. */
export function effectsTotal(effects: Effects): number {
  let total = 0;
  for (const change of Object.values(effects.score)) total += change.delta;
  return total;
}

/** The node the state is at, or undefined once the run has ended. */
export function currentNode(scenario: Scenario, s: SimState): ScenarioNode | undefined {
  return s.ending === null ? own(scenario.nodes, s.node) : undefined;
}

/** Ids of the choices enabled right now (guards evaluated). */
export function enabledChoices(scenario: Scenario, s: SimState): string[] {
  const node = currentNode(scenario, s);
  return (node?.choices ?? []).filter((c) => guardHolds(scenario, s, c.when)).map((c) => c.id);
}

function selectTotals(node: ScenarioNode): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const o of node.select?.options ?? []) {
    const a = effectsTotal(o.selected);
    const b = effectsTotal(o.unselected);
    min += Math.min(a, b);
    max += Math.max(a, b);
  }
  return { min, max };
}

function clone(s: SimState): SimState {
  return { ...s, evidence: { ...s.evidence }, score: { ...s.score }, announcements: [] };
}

/** Runs the time parts of effects: cost, then instant changes, then optional wait. Mutates `s`. */
function runEffects(
  scenario: Scenario,
  s: SimState,
  effects: Effects[],
  cause: JumpCause,
  entries: ScoreEntry[],
): void {
  let cost = 0;
  for (const e of effects) cost += e.advance ? durationMs(e.advance) : 0;
  if (cost > 0) advanceTo(scenario, s, s.clock + cost, cause);
  for (const e of effects) applyInstant(scenario, s, e, entries);
  if (effects.some((e) => e.waitForNextEvent)) waitForNext(scenario, s);
}

function waitForNext(scenario: Scenario, s: SimState): void {
  const at = nextEventAt(s);
  if (at === null) s.announcements.push({ kind: 'no-events', at: s.clock });
  else advanceTo(scenario, s, Math.max(at, s.clock + 1), { kind: 'waiting' });
}

function moveTo(scenario: Scenario, s: SimState, next: string): void {
  s.node = next;
  if (own(scenario.endings, next)) s.ending = next;
}

/**
 * Applies one decision to the state: the heart of the engine, pure (returns a new state). The
 * XState machine's actions call this, and the graph walk uses it directly.
 */
export function applyDecision(scenario: Scenario, state: SimState, decision: Decision): StepResult {
  const node = currentNode(scenario, state);
  if (!node) return { ok: false, reason: 'ended' };
  const s = clone(state);
  const at = s.clock;
  const entries: ScoreEntry[] = [];
  let record: Omit<DecisionRecord, 'entries' | 'score' | 'node' | 'at' | 'decision'>;
  let next: string;
  if (decision.kind === 'choose' && node.choices) {
    const choice = node.choices.find((c) => c.id === decision.choice);
    if (!choice) return { ok: false, reason: 'unknown-option' };
    if (!guardHolds(scenario, state, choice.when)) return { ok: false, reason: 'locked' };
    const totals = node.choices
      .filter((c) => guardHolds(scenario, state, c.when))
      .map((c) => effectsTotal(c.effects));
    runEffects(scenario, s, [choice.effects], { kind: 'decision', label: choice.label }, entries);
    record = {
      label: choice.label,
      feedback: choice.feedback,
      refs: choice.refs,
      minScore: Math.min(...totals),
      maxScore: Math.max(...totals),
      alternatives: totals.length,
    };
    next = choice.next;
  } else if (decision.kind === 'select' && node.select) {
    const { options, min } = node.select;
    const picked = new Set(decision.options);
    if (picked.size < min) return { ok: false, reason: 'too-few-options' };
    for (const id of picked)
      if (!options.some((o) => o.id === id)) return { ok: false, reason: 'unknown-option' };
    const chosen = options.filter((o) => picked.has(o.id));
    runEffects(
      scenario,
      s,
      options.map((o) => (picked.has(o.id) ? o.selected : o.unselected)),
      { kind: 'decision', label: node.select.prompt },
      entries,
    );
    const { min: lo, max: hi } = selectTotals(node);
    record = {
      label: chosen.map((o) => o.label).join('; '),
      feedback: '',
      items: options.map((o) => ({
        label: o.label,
        picked: picked.has(o.id),
        feedback: o.feedback,
      })),
      refs: [...new Set(options.flatMap((o) => o.refs))],
      minScore: lo,
      maxScore: hi,
      alternatives: options.length + 1,
    };
    next = node.select.next;
  } else if (decision.kind === 'draft' && node.draft) {
    const task = node.draft;
    // Only the validator's classes count (a save or code may carry `constructor` or `__proto__`),
    // and the lookup reads own properties only.
    if (!isOutcomeClass(decision.outcome)) return { ok: false, reason: 'unknown-outcome' };
    const outcome = own(task.outcomes, decision.outcome) ?? own(task.outcomes, 'otherwise');
    if (!outcome) return { ok: false, reason: 'unknown-outcome' };
    const totals = Object.values(task.outcomes).map((o) => effectsTotal(o.effects));
    runEffects(
      scenario,
      s,
      [outcome.effects],
      { kind: 'drafting', subject: task.subject },
      entries,
    );
    sendMessage(scenario, s, task.to, task.subject, decision.outcome);
    record = {
      label: task.subject,
      feedback: outcome.feedback,
      refs: outcome.refs,
      minScore: Math.min(...totals),
      maxScore: Math.max(...totals),
      alternatives: totals.length,
    };
    next = outcome.next;
  } else if (decision.kind === 'wait' && node.wait) {
    const cause: JumpCause = { kind: 'decision', label: node.wait.label };
    if (node.wait.for) advanceTo(scenario, s, s.clock + durationMs(node.wait.for), cause);
    else waitForNext(scenario, s);
    record = {
      label: node.wait.label,
      feedback: '',
      refs: [],
      minScore: 0,
      maxScore: 0,
      alternatives: 1,
    };
    next = node.wait.next;
  } else {
    return { ok: false, reason: 'wrong-kind' };
  }
  const score = entries.reduce((sum, e) => sum + e.delta, 0);
  s.decisions = [...state.decisions, { ...record, node: state.node, at, decision, entries, score }];
  moveTo(scenario, s, next);
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
