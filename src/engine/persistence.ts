import type { Scenario } from '../schemas/scenario.ts';
import type { SavedRun } from '../schemas/save.ts';
import { classifyDraft, kindOf, type ReplayToken } from './kinds/index.ts';
import { applyDecision, initialState, type StepRefusal } from './sim/step.ts';
import type { Decision, SimState } from './sim/types.ts';
import { own } from './own.ts';

/** Why a save or replay could not be restored. Never thrown: always returned; the UI words it. */
export interface RestoreError {
  code:
    'invalid-text' | 'invalid-format' | 'wrong-scenario' | 'scenario-changed' | 'invalid-decision';
  /** invalid-decision: which decision (1-based) and why the engine refused it. */
  decision?: number;
  reason?: StepRefusal;
}

/** A restore result. */
export type RestoreResult = { ok: true; state: SimState } | { ok: false; error: RestoreError };

export const fail = (
  code: RestoreError['code'],
  detail: Omit<RestoreError, 'code'> = {},
): RestoreResult => ({ ok: false, error: { code, ...detail } });

/** Serialisable save of a run (versioned); restoring replays its decisions exactly. */
export function saveRun(state: SimState): SavedRun {
  return {
    format: 'cca-run',
    version: 1,
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    seed: state.seed,
    mode: state.mode,
    decisions: state.decisions.map((d) => d.decision),
  };
}

/** Replays decisions from the seed; drafts with text are re-validated rather than trusted. */
export function replayDecisions(
  scenario: Scenario,
  seed: number,
  mode: SimState['mode'],
  decisions: readonly Decision[],
): RestoreResult {
  let state = initialState(scenario, seed, mode);
  for (const [i, raw] of decisions.entries()) {
    const it = own(scenario.nodes, state.node)?.interaction;
    const decision =
      raw.kind === 'draft' && raw.draft && it?.kind === 'draft'
        ? classifyDraft(it, raw.draft)
        : raw;
    const step = applyDecision(scenario, state, decision);
    if (!step.ok) return fail('invalid-decision', { decision: i + 1, reason: step.reason });
    state = step.state;
  }
  return { ok: true, state };
}

/** A decoded replay: seed and decisions by position within their nodes. */
export interface Replay {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  mode: SimState['mode'];
  tokens: ReplayToken[];
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Compact replay code (base64url, ASCII): decisions as choice indexes, option bitmasks and outcome classes. */
export function encodeReplay(scenario: Scenario, state: SimState): string {
  const tokens = state.decisions.map((record): ReplayToken => {
    const it = own(scenario.nodes, record.node)?.interaction;
    // A recorded decision always belongs to its node; -1 would make the code fail to replay.
    return (it && kindOf(it).encode(it, record.decision)) ?? -1;
  });
  const tuple = [
    1,
    state.scenarioId,
    state.scenarioVersion,
    state.seed,
    state.mode === 'assessment' ? 'a' : 'p',
    tokens,
  ];
  return toBase64Url(JSON.stringify(tuple));
}

/** Replays a decoded replay against its scenario; never throws. */
export function replay(scenario: Scenario, r: Replay): RestoreResult {
  if (r.scenarioId !== scenario.id) return fail('wrong-scenario');
  if (r.scenarioVersion !== scenario.version) return fail('scenario-changed');
  let state = initialState(scenario, r.seed, r.mode);
  for (const [i, token] of r.tokens.entries()) {
    if (state.ending !== null)
      return fail('invalid-decision', { decision: i + 1, reason: 'ended' });
    const it = own(scenario.nodes, state.node)?.interaction;
    const decision = it ? kindOf(it).decode(it, token) : null;
    if (!decision) return fail('invalid-decision', { decision: i + 1, reason: 'wrong-kind' });
    const step = applyDecision(scenario, state, decision);
    if (!step.ok) return fail('invalid-decision', { decision: i + 1, reason: step.reason });
    state = step.state;
  }
  return { ok: true, state };
}

/** Takes back the last decision (practice mode): replays all but the last. */
export function undo(scenario: Scenario, state: SimState): SimState {
  if (state.decisions.length === 0) return state;
  const r = replayDecisions(
    scenario,
    state.seed,
    state.mode,
    state.decisions.slice(0, -1).map((d) => d.decision),
  );
  return r.ok ? r.state : state;
}
