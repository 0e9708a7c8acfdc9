import type { Guard } from '../../schemas/guard.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { durationMs } from '../time/duration.ts';
import { startOf } from './clock.ts';
import type { SimState } from './types.ts';
import { own } from '../own.ts';

/** True when every condition of the guard holds in this state (no guard: always true). */
export function guardHolds(scenario: Scenario, s: SimState, guard: Guard | undefined): boolean {
  if (!guard) return true;
  for (const f of guard.flags) if (!s.flags.includes(f)) return false;
  for (const f of guard.notFlags) if (s.flags.includes(f)) return false;
  for (const [id, wanted] of Object.entries(guard.evidence)) {
    const status = own(s.evidence, id)?.status;
    if (status === undefined) return false;
    if (Array.isArray(wanted) ? !wanted.includes(status) : wanted !== status) return false;
  }
  const start = startOf(scenario);
  if (guard.before !== undefined && !(s.clock < start + durationMs(guard.before))) return false;
  if (guard.after !== undefined && !(s.clock >= start + durationMs(guard.after))) return false;
  for (const id of guard.inbox) if (!s.inbox.some((m) => m.id === id)) return false;
  return true;
}
