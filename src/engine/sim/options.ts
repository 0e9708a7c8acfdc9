// The options of a drafting task are drafts of each outcome class: the validator must be loaded.
import '../forms-runtime.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { kindOf } from '../kinds/index.ts';
import { currentNode } from './step.ts';
import type { Decision, SimState } from './types.ts';

/**
 * Every decision available in this state, for walks and tests: enabled choices, every allowed
 * subset of a multi-select, one representative draft per outcome class the validator can produce,
 * or the wait (each kind module's `options`).
 */
export function availableDecisions(scenario: Scenario, s: SimState): Decision[] {
  const node = currentNode(scenario, s);
  return node ? kindOf(node.interaction).options(scenario, s, node.interaction) : [];
}
