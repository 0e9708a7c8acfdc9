// Wait: the trainee lets time pass, for a set duration or until the next scheduled event.
import { advanceTo } from '../sim/clock.ts';
import { waitForNext } from '../sim/effects.ts';
import { durationMs, minutesOf } from '../time/duration.ts';
import type { KindModule } from './types.ts';

/** Replay-code token of a wait. */
const WAIT_TOKEN = 'w';

/** The `wait` kind. */
export const wait: KindModule<'wait'> = {
  kind: 'wait',
  field: 'wait',
  apply({ scenario, s }, it, decision) {
    if (decision.kind !== 'wait') return 'wrong-kind';
    const cause = { kind: 'decision' as const, label: it.label };
    if (it.for) advanceTo(scenario, s, s.clock + durationMs(it.for), cause);
    else waitForNext(scenario, s);
    return {
      record: {
        label: it.label,
        feedback: '',
        refs: [],
        minScore: 0,
        maxScore: 0,
        alternatives: 1,
      },
      next: it.next,
    };
  },
  options: () => [{ kind: 'wait' }],
  view: (_scenario, _s, it) => ({
    kind: 'wait',
    label: it.label,
    minutes: it.for ? minutesOf(durationMs(it.for)) : null,
  }),
  lint: (it, ctx) => ctx.nextAt(`${ctx.path}.next`, it.next),
  transitions: (it) => [{ event: 'trainee.wait', key: null, target: it.next }],
  accepts: (_scenario, _sim, _it, event) => event.type === 'trainee.wait',
  encode: (_it, d) => (d.kind === 'wait' ? WAIT_TOKEN : null),
  decode: (_it, token) => (token === WAIT_TOKEN ? { kind: 'wait' } : null),
  exits: (it) => [{ label: it.label, next: it.next }],
};
