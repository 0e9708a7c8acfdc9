import type { Scenario } from '../../schemas/scenario.ts';
import { draftsByOutcome } from '../draft-port.ts';
import { currentNode, enabledChoices } from './step.ts';
import type { Decision, SimState } from './types.ts';

/**
 * Every decision available in this state, for walks and tests: enabled choices, every allowed
 * subset of a multi-select, one representative draft per outcome class the validator can produce,
 * or the wait.
 */
export function availableDecisions(scenario: Scenario, s: SimState): Decision[] {
  const node = currentNode(scenario, s);
  if (!node) return [];
  if (node.choices)
    return enabledChoices(scenario, s).map((choice) => ({ kind: 'choose', choice }));
  if (node.select) {
    const { options, min } = node.select;
    const out: Decision[] = [];
    for (let mask = 0; mask < 1 << options.length; mask++) {
      const picked = options.filter((_, i) => mask & (1 << i)).map((o) => o.id);
      if (picked.length >= min) out.push({ kind: 'select', options: picked });
    }
    return out;
  }
  if (node.draft) {
    const drafts = draftsByOutcome(node.draft.type, node.draft.expect);
    return Object.entries(drafts).map(([outcome, draft]) => ({ kind: 'draft', outcome, draft }));
  }
  return [{ kind: 'wait' }];
}
