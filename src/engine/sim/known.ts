import type { Scenario } from '../../schemas/scenario.ts';
import { own } from '../own.ts';
import type { SimState } from './types.ts';

/**
 * The actors the trainee knows of at this moment, for recipient lists: their own agencies, anyone
 * they have written to or heard from, the holders of evidence they have identified, and the
 * authorities of every state in play (the home state, and states where such evidence or contact
 * is). A provider or a state first named in a later reply stays out of the lists until then.
 */
export function knownActors(scenario: Scenario, s: SimState): Set<string> {
  const contacted = new Set<string>([
    ...s.sent.map((m) => m.to),
    ...s.inbox.flatMap((m) => (m.from === null ? [] : [m.from])),
  ]);
  const holders = new Set<string>();
  for (const [id, e] of Object.entries(s.evidence)) {
    const item = own(scenario.evidence, id);
    if (item && e.status !== 'unknown' && e.unseen !== true) holders.add(item.holder);
  }
  const statesInPlay = new Set<string>([scenario.home.state]);
  for (const id of [...contacted, ...holders]) {
    const actor = own(scenario.actors, id);
    if (actor) statesInPlay.add(actor.state);
  }
  const known = new Set<string>();
  for (const [id, actor] of Object.entries(scenario.actors)) {
    const isKnown =
      actor.kind === 'own-agency' ||
      contacted.has(id) ||
      holders.has(id) ||
      (actor.kind !== 'provider' && statesInPlay.has(actor.state));
    if (isKnown) known.add(id);
  }
  return known;
}
