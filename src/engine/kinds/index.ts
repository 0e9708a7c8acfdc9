// The interaction kinds: one module each, mapped by kind. A kind missing from `kinds` fails
// type-checking, so a new kind in the schema cannot be left unhandled.
import type { Choice, Interaction, InteractionKind } from '../../schemas/node.ts';
import { choose } from './choose.ts';
import { continueKind } from './continue.ts';
import { draft } from './draft.ts';
import { select } from './select.ts';
import type { KindModule } from './types.ts';
import { wait } from './wait.ts';

export type * from './types.ts';
export { classifyDraft } from './draft.ts';

/** Every kind's module. */
export const kinds: { [K in InteractionKind]: KindModule<K> } = {
  choose,
  continue: continueKind,
  select,
  draft,
  wait,
};

/**
 * The module of an interaction's kind, typed for that interaction. (TypeScript cannot correlate
 * the union and the map by itself; the map's type above guarantees they match.)
 */
export function kindOf(it: Interaction): KindModule<InteractionKind> {
  return kinds[it.kind] as KindModule<InteractionKind>;
}

/** The author's choices of a node (`choose` and `continue`), empty for other kinds. */
export function choicesOf(it: Interaction): readonly Choice[] {
  switch (it.kind) {
    case 'choose':
      return it.choices;
    case 'continue':
      return [it.choice];
    case 'select':
    case 'draft':
    case 'wait':
      return [];
    default:
      return assertNever(it);
  }
}

/** Fails type-checking when a switch misses a kind; at run time, throws. */
export function assertNever(x: never): never {
  throw new Error(`unhandled interaction kind: ${JSON.stringify(x)}`);
}
