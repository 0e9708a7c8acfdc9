// The contract every interaction kind fulfils. One module per kind (choose.ts, continue.ts,
// select.ts, draft.ts, wait.ts) implements it; kinds/index.ts maps each kind to its module.
import type { Effects } from '../../schemas/effect.ts';
import type { Guard } from '../../schemas/guard.ts';
import type { Interaction, InteractionKind } from '../../schemas/node.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { RequestTypeId } from '../../schemas/vocabulary.ts';
import type { MachineEvent } from '../machine.ts';
import type { StepRefusal } from '../sim/step.ts';
import type { Decision, DecisionRecord, ScoreEntry, SimState } from '../sim/types.ts';

/** The interaction of one kind, e.g. `InteractionOf<'select'>`. */
export type InteractionOf<K extends InteractionKind> = Extract<Interaction, { kind: K }>;

/** One option of a single-choice node as shown: locked ones only when the author gave a reason. */
export interface ChoiceOptionView {
  id: string;
  label: string;
  enabled: boolean;
  /** Why a shown option is locked (the author's `showWhenLocked`), null when enabled. */
  lockedReason: string | null;
}

/**
 * The interaction the current node asks for. `continue`: only one action is possible and nothing
 * locked is shown, so the player offers a plain Continue (unscored).
 */
export type InteractionView =
  | { kind: 'choices'; options: ChoiceOptionView[] }
  | { kind: 'continue'; choice: string; label: string }
  | { kind: 'select'; prompt: string; min: number; options: Array<{ id: string; label: string }> }
  | {
      kind: 'draft';
      type: RequestTypeId;
      to: { id: string; name: string };
      subject: string;
      /** Who the trainee can address: the actors known at this moment (see sim/known.ts). */
      recipients: Array<{ id: string; name: string }>;
    }
  | { kind: 'wait'; label: string; minutes: number | null };

/** A decision record without what `applyDecision` fills in itself. */
export type RecordPart = Omit<DecisionRecord, 'entries' | 'score' | 'node' | 'at' | 'decision'>;

/** What a kind's `apply` hands back: the record's words and score range, and where the run goes. */
export interface Applied {
  record: RecordPart;
  next: string;
}

/** What `apply` works on: the state before the decision (guards read it) and a copy to change. */
export interface StepContext {
  scenario: Scenario;
  before: SimState;
  /** A copy of `before`; `apply` moves its clock and applies effects to it. */
  s: SimState;
  /** Score entries of this decision (filled by `runEffects`). */
  entries: ScoreEntry[];
}

/** One machine transition of a node: an event, the key its guard checks, the target. */
export interface Transition {
  event: MachineEvent['type'];
  /** Choice id or outcome class the guard compares; null: any acceptable event. */
  key: string | null;
  target: string;
  reenter?: boolean;
}

/** One way out of a node, for maps and guides: what the trainee does and where it leads. */
export interface Exit {
  label: string;
  next: string;
  /** Draft outcome class (`otherwise` included) when the exit is a draft outcome. */
  outcome?: string;
}

/** A replay-code token: a choice index, `s<mask>`, `d<i>` / `d:<class>`, or `w`. */
export type ReplayToken = number | string;

/** The linter's helpers for one node; paths start at `nodes.<id>.<field>`. */
export interface LintContext {
  scenario: Scenario;
  /** `nodes.<id>.<field>`, e.g. `nodes.start.choices`. */
  path: string;
  add(path: string, message: string, fix: string): void;
  /** A warning: worth a look, but the scenario still plays fairly. */
  warn(path: string, message: string, fix: string): void;
  /** Errors when `next` is not a node or ending. */
  nextAt(path: string, next: string): void;
  /** Errors on unknown reference ids. */
  refsAt(path: string, refs: string[]): void;
  /** Queues effects for the scenario-wide checks (evidence, actors, flags). */
  effects(path: string, effects: Effects): void;
  /** Queues a guard for the scenario-wide checks. */
  guard(path: string, guard: Guard): void;
  /** Records a class something can be sent as (response rules may listen for it). */
  sentAs(outcome: string): void;
}

/** What the walks saw of a node's options: which were shown together, how many were locked. */
export interface OptionSightings {
  /** Pairs of option indexes shown at the same time, as `i,j`. */
  together: Set<string>;
  /** Most options locked (hidden or shown disabled) in any one state, and enabled then. */
  worst: { locked: number; enabled: number };
}

/** Everything the engine does with one interaction kind. */
export interface KindModule<K extends InteractionKind> {
  kind: K;
  /** The field authors write in the scenario file (lint paths name it). */
  field: 'choices' | 'select' | 'draft' | 'wait';
  /** Applies a decision at a node of this kind, or says why it is refused. */
  apply(ctx: StepContext, it: InteractionOf<K>, decision: Decision): Applied | StepRefusal;
  /** Every decision possible in this state (for walks and tests). */
  options(scenario: Scenario, s: SimState, it: InteractionOf<K>): Decision[];
  /** What the player shows. */
  view(scenario: Scenario, s: SimState, it: InteractionOf<K>): InteractionView;
  /** Static checks of the node's data. */
  lint(it: InteractionOf<K>, ctx: LintContext): void;
  /** Walk-time checks (optional): record what a state shows, then judge after all walks. */
  watch?(scenario: Scenario, s: SimState, it: InteractionOf<K>, seen: OptionSightings): void;
  checkWalked?(it: InteractionOf<K>, seen: OptionSightings | undefined, ctx: LintContext): void;
  /** The machine transitions of a node of this kind. */
  transitions(it: InteractionOf<K>): Transition[];
  /** The machine guard: does this event, for this transition key, apply here? */
  accepts(
    scenario: Scenario,
    sim: SimState,
    it: InteractionOf<K>,
    event: MachineEvent,
    key: string | null,
  ): boolean;
  /** The decision as a replay-code token (null: the decision does not belong here). */
  encode(it: InteractionOf<K>, decision: Decision): ReplayToken | null;
  /** A replay-code token back to a decision (null: not a token of this kind). */
  decode(it: InteractionOf<K>, token: ReplayToken): Decision | null;
  /** Every way out of the node. */
  exits(it: InteractionOf<K>): Exit[];
}
