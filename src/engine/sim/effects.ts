import type { Effects } from '../../schemas/effect.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { durationMs } from '../time/duration.ts';
import { advanceTo, applyInstant, nextEventAt } from './clock.ts';
import type { JumpCause, ScoreEntry, SimState } from './types.ts';

/** Sum of an effects block's score deltas. */
export function effectsTotal(effects: Effects): number {
  let total = 0;
  for (const change of Object.values(effects.score)) total += change.delta;
  return total;
}

/** Runs the time parts of effects: cost, then instant changes, then optional wait. Mutates `s`. */
export function runEffects(
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

/** Jumps to the next scheduled event (at least one millisecond on), or announces there is none. */
export function waitForNext(scenario: Scenario, s: SimState): void {
  const at = nextEventAt(s);
  if (at === null) s.announcements.push({ kind: 'no-events', at: s.clock });
  else advanceTo(scenario, s, Math.max(at, s.clock + 1), { kind: 'waiting' });
}
