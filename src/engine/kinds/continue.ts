// Continue: a node with one choice that can never be locked. The trainee sees a plain Continue;
// the step is unscored (one alternative). Decisions and replay tokens are those of `choose`, so
// saves from before this kind existed restore unchanged.
import { applyChoice, lintChoices } from './choose.ts';
import type { KindModule } from './types.ts';

/** The `continue` kind. */
export const continueKind: KindModule<'continue'> = {
  kind: 'continue',
  field: 'choices',
  apply: (ctx, it, decision) => applyChoice(ctx, [it.choice], decision),
  options: (_scenario, _s, it) => [{ kind: 'choose', choice: it.choice.id }],
  view: (_scenario, _s, it) => ({ kind: 'continue', choice: it.choice.id, label: it.choice.label }),
  lint: (it, ctx) => lintChoices([it.choice], ctx),
  transitions: (it) => [
    { event: 'trainee.choose', key: it.choice.id, target: it.choice.next, reenter: true },
  ],
  accepts: (_scenario, _sim, it, event, key) =>
    event.type === 'trainee.choose' && event.choice === key && key === it.choice.id,
  encode: (it, d) => (d.kind === 'choose' ? (d.choice === it.choice.id ? 0 : -1) : null),
  decode: (it, token) => (token === 0 ? { kind: 'choose', choice: it.choice.id } : null),
  exits: (it) => [{ label: it.choice.label, next: it.choice.next }],
};
