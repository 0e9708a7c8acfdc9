import type { DraftExpectation } from '../../schemas/request.ts';
import { checkIdentifiers } from './check-identifiers.ts';
import { checkPresence } from './check-presence.ts';
import { checkRoute } from './check-route.ts';
import { checkCategories, checkChannel } from './check-scope.ts';
import { checkTime } from './check-time.ts';
import { isRequestType, requestTypes } from './definitions.ts';
import { textOf } from './draft-values.ts';
import { refs } from './fields.ts';
import { finding, toResult } from './outcomes.ts';
import type { Draft, RequestType, ValidationResult } from './types.ts';

/**
 * Validates a draft as its recipient would: every finding names what is wrong (a code), where (a
 * field) and where to read more (reference ids); the outcome is the first error class in `outcomePrecedence`.
 * Never throws, whatever the draft holds (drafts may come from imported files).
 */
export function validateRequest(
  type: RequestType,
  draft: Draft,
  expectation: DraftExpectation,
): ValidationResult {
  if (!isRequestType(type)) {
    return toResult([
      finding({
        code: 'unknown-type',
        field: 'type',
        reference: refs.precision,
        outcome: 'missing-elements',
      }),
    ]);
  }
  const safeDraft: Draft =
    typeof draft === 'object' && draft !== null && !Array.isArray(draft) ? draft : {};
  const definition = requestTypes[type];
  return toResult([
    ...checkChannel(definition, safeDraft, expectation),
    ...checkRoute(definition, safeDraft, expectation),
    ...checkCategories(definition, safeDraft, expectation),
    ...checkPresence(definition, safeDraft),
    ...checkIdentifiers(textOf(safeDraft, 'identifiers'), expectation.identifiers ?? []),
    ...checkTime(safeDraft, expectation),
  ]);
}
