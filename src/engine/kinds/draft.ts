// Drafting task: the trainee writes a request; the validator classifies it once, when submitted,
// and the node maps the outcome class to effects, feedback and next (`otherwise` catches the rest).
import {
  draftsByOutcome,
  isOutcomeClass,
  outcomeClasses,
  validateDraft,
  type Draft,
} from '../draft-port.ts';
import { own } from '../own.ts';
import { quote } from '../problems.ts';
import { sendMessage } from '../sim/clock.ts';
import { effectsTotal, runEffects } from '../sim/effects.ts';
import { knownActors } from '../sim/known.ts';
import type { Decision } from '../sim/types.ts';
import type { InteractionOf, KindModule } from './types.ts';

/** The decision a submitted draft becomes: validated once, with its outcome class and findings. */
export function classifyDraft(task: InteractionOf<'draft'>, draft: Draft): Decision {
  const result = validateDraft(task.type, draft, task.expect);
  return { kind: 'draft', outcome: result.outcome, draft, findings: result.findings };
}

/** The `draft` kind. */
export const draft: KindModule<'draft'> = {
  kind: 'draft',
  field: 'draft',
  apply({ scenario, s, entries }, task, decision) {
    if (decision.kind !== 'draft') return 'wrong-kind';
    // Only the validator's classes count (a save or code may carry `constructor` or `__proto__`),
    // and the lookup reads own properties only.
    if (!isOutcomeClass(decision.outcome)) return 'unknown-outcome';
    const outcome = own(task.outcomes, decision.outcome) ?? own(task.outcomes, 'otherwise');
    if (!outcome) return 'unknown-outcome';
    const totals = Object.values(task.outcomes).map((o) => effectsTotal(o.effects));
    runEffects(
      scenario,
      s,
      [outcome.effects],
      { kind: 'drafting', subject: task.subject },
      entries,
    );
    sendMessage(scenario, s, task.to, task.subject, decision.outcome);
    return {
      record: {
        label: task.subject,
        feedback: outcome.feedback,
        refs: outcome.refs,
        minScore: Math.min(...totals),
        maxScore: Math.max(...totals),
        alternatives: totals.length,
      },
      next: outcome.next,
    };
  },
  // One representative draft per outcome class the validator can produce for this task.
  options: (_scenario, _s, task) =>
    Object.entries(draftsByOutcome(task.type, task.expect)).map(([outcome, d]) => ({
      kind: 'draft',
      outcome,
      draft: d,
    })),
  view(scenario, s, task) {
    const known = knownActors(scenario, s);
    return {
      kind: 'draft',
      type: task.type,
      to: { id: task.to, name: own(scenario.actors, task.to)?.name ?? '' },
      subject: task.subject,
      recipients: Object.entries(scenario.actors)
        .filter(([id]) => id === task.to || known.has(id))
        .map(([id, actor]) => ({ id, name: actor.name })),
    };
  },
  lint(task, ctx) {
    if (!own(ctx.scenario.actors, task.to))
      ctx.add(
        `${ctx.path}.to`,
        `unknown actor ${quote(task.to)}`,
        `use an actor id: ${Object.keys(ctx.scenario.actors).join(', ')}`,
      );
    // `expect` was parsed with the request schema when the scenario loaded.
    const producible = Object.keys(draftsByOutcome(task.type, task.expect));
    for (const [outcome, o] of Object.entries(task.outcomes)) {
      const op = `${ctx.path}.outcomes.${outcome}`;
      // Unknown outcome classes are schema errors (src/schemas/node.ts); here: unreachable ones.
      if (outcome !== 'otherwise' && !producible.includes(outcome))
        ctx.add(
          op,
          `the validator never produces ${quote(outcome)} for a ${task.type} draft with this expectation`,
          'remove this outcome or change the expectation',
        );
      ctx.nextAt(`${op}.next`, o.next);
      ctx.refsAt(`${op}.refs`, o.refs);
      ctx.effects(`${op}.effects`, o.effects);
    }
    for (const c of producible) ctx.sentAs(c);
  },
  // Listed classes first; `otherwise` takes any other class the validator gives.
  transitions(task) {
    const { otherwise, ...listed } = task.outcomes;
    return [
      ...Object.entries(listed).map(([outcome, o]) => ({
        event: 'trainee.submitDraft' as const,
        key: outcome,
        target: o.next,
      })),
      ...(otherwise
        ? [{ event: 'trainee.submitDraft' as const, key: null, target: otherwise.next }]
        : []),
    ];
  },
  // The draft was classified when submitted; the guard only compares classes.
  accepts: (_scenario, _sim, _task, event, key) =>
    event.type === 'trainee.submitDraft' &&
    (key === null ? isOutcomeClass(event.outcome) : event.outcome === key),
  encode(_task, d) {
    if (d.kind !== 'draft') return null;
    const i = (outcomeClasses as readonly string[]).indexOf(d.outcome);
    return i >= 0 ? `d${i}` : `d:${d.outcome}`;
  },
  decode(_task, token) {
    if (typeof token !== 'string' || !token.startsWith('d')) return null;
    if (token.startsWith('d:')) return { kind: 'draft', outcome: token.slice(2) };
    const outcome = outcomeClasses[Number(token.slice(1))];
    return outcome ? { kind: 'draft', outcome } : null;
  },
  exits: (task) =>
    Object.entries(task.outcomes).map(([outcome, o]) => ({
      label: task.subject,
      next: o.next,
      outcome,
    })),
};
