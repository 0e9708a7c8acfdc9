// Single choice: the trainee picks one of the node's enabled choices. Also the template to copy
// for a new kind (see the README: "Adding a sixth interaction kind").
import type { Choice } from '../../schemas/node.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { effectsTotal, runEffects } from '../sim/effects.ts';
import { guardHolds } from '../sim/guards.ts';
import { inDisplayOrder } from '../sim/order.ts';
import type { Decision, SimState } from '../sim/types.ts';
import { quote } from '../problems.ts';
import type {
  Applied,
  ChoiceOptionView,
  InteractionView,
  KindModule,
  LintContext,
  StepContext,
} from './types.ts';

/** Applies a choice among `choices` (shared with `continue`, whose list has one choice). */
export function applyChoice(
  { scenario, before, s, entries }: StepContext,
  choices: readonly Choice[],
  decision: Decision,
): Applied | 'unknown-option' | 'locked' | 'wrong-kind' {
  if (decision.kind !== 'choose') return 'wrong-kind';
  const choice = choices.find((c) => c.id === decision.choice);
  if (!choice) return 'unknown-option';
  if (!guardHolds(scenario, before, choice.when)) return 'locked';
  // The score range is over the choices open at this moment, the chosen one included.
  const totals = choices
    .filter((c) => guardHolds(scenario, before, c.when))
    .map((c) => effectsTotal(c.effects));
  runEffects(scenario, s, [choice.effects], { kind: 'decision', label: choice.label }, entries);
  return {
    record: {
      label: choice.label,
      feedback: choice.feedback,
      refs: choice.refs,
      minScore: Math.min(...totals),
      maxScore: Math.max(...totals),
      alternatives: totals.length,
    },
    next: choice.next,
  };
}

/** Static checks shared by `choose` and `continue`: unique ids, targets, references, effects. */
export function lintChoices(choices: readonly Choice[], ctx: LintContext): void {
  const seen = new Set<string>();
  choices.forEach((c, i) => {
    const p = `${ctx.path}[${i}]`;
    if (seen.has(c.id))
      ctx.add(
        `${p}.id`,
        `duplicate choice id ${quote(c.id)}`,
        'give each choice of a node its own id',
      );
    seen.add(c.id);
    ctx.nextAt(`${p}.next`, c.next);
    ctx.refsAt(`${p}.refs`, c.refs);
    ctx.effects(`${p}.effects`, c.effects);
    if (c.when) ctx.guard(`${p}.when`, c.when);
  });
}

/** Same words, ignoring case and outer spaces. */
export const sameLabel = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** The options a state shows: enabled ones, and locked ones the author explains. */
function shownChoices(
  scenario: Scenario,
  s: SimState,
  choices: readonly Choice[],
): ChoiceOptionView[] {
  return inDisplayOrder(s.seed, s.node, choices).flatMap((c): ChoiceOptionView[] => {
    const enabled = guardHolds(scenario, s, c.when);
    if (!enabled && c.showWhenLocked === undefined) return [];
    return [
      {
        id: c.id,
        label: c.label,
        enabled,
        lockedReason: enabled ? null : (c.showWhenLocked ?? null),
      },
    ];
  });
}

/** The `choose` kind. */
export const choose: KindModule<'choose'> = {
  kind: 'choose',
  field: 'choices',
  apply: (ctx, it, decision) => applyChoice(ctx, it.choices, decision),
  options: (scenario, s, it) =>
    it.choices
      .filter((c) => guardHolds(scenario, s, c.when))
      .map((c) => ({ kind: 'choose', choice: c.id })),
  view(scenario, s, it): InteractionView {
    const options = shownChoices(scenario, s, it.choices);
    const [only] = options;
    // One possible action and nothing locked on screen: a plain Continue.
    if (options.length === 1 && only?.enabled)
      return { kind: 'continue', choice: only.id, label: only.label };
    return { kind: 'choices', options };
  },
  lint: (it, ctx) => lintChoices(it.choices, ctx),
  watch(scenario, s, it, seen) {
    const enabled = it.choices.map((c) => guardHolds(scenario, s, c.when));
    const shown = it.choices
      .map((c, i) => (enabled[i] || c.showWhenLocked !== undefined ? i : -1))
      .filter((i) => i >= 0);
    for (const i of shown) for (const j of shown) if (i < j) seen.together.add(`${i},${j}`);
    const on = enabled.filter(Boolean).length;
    const locked = enabled.length - on;
    if (locked > seen.worst.locked) seen.worst = { locked, enabled: on };
  },
  checkWalked(it, seen, ctx) {
    it.choices.forEach((a, i) =>
      it.choices.forEach((b, j) => {
        // Choices clash only when both can be on screen at once.
        if (j <= i || !sameLabel(a.label, b.label) || !seen?.together.has(`${i},${j}`)) return;
        ctx.add(
          `${ctx.path}[${j}].label`,
          `two options shown together share the label ${quote(b.label)}`,
          'give each option its own words, so the trainee can tell them apart',
        );
      }),
    );
    if (seen && seen.worst.locked > seen.worst.enabled)
      ctx.warn(
        ctx.path,
        `in some runs ${seen.worst.locked} of ${it.choices.length} options are locked here`,
        'split the step, or move the locked options to the node where they make sense',
      );
  },
  transitions: (it) =>
    it.choices.map((c) => ({ event: 'trainee.choose', key: c.id, target: c.next, reenter: true })),
  accepts(scenario, sim, it, event, key) {
    if (event.type !== 'trainee.choose' || event.choice !== key) return false;
    const choice = it.choices.find((c) => c.id === key);
    return choice !== undefined && guardHolds(scenario, sim, choice.when);
  },
  encode: (it, d) => (d.kind === 'choose' ? it.choices.findIndex((c) => c.id === d.choice) : null),
  decode(it, token) {
    const choice = typeof token === 'number' ? it.choices[token] : undefined;
    return choice ? { kind: 'choose', choice: choice.id } : null;
  },
  exits: (it) => it.choices.map((c) => ({ label: c.label, next: c.next })),
};
