// The one place the engine touches the request validator (owned by src/engine/requests).
import type { DraftExpectation } from '../schemas/request.ts';
import { outcomeClasses as vocabularyOutcomes } from '../schemas/vocabulary.ts';
import {
  representativeDrafts,
  validateRequest,
  type Draft,
  type Finding,
  type OutcomeClass,
  type RequestType,
  type ValidationResult,
} from './requests/index.ts';

export type { Draft, DraftExpectation, Finding, OutcomeClass, RequestType, ValidationResult };

/** Every outcome class the validator can return, in the contract's order. */
export const outcomeClasses: readonly OutcomeClass[] = vocabularyOutcomes;

/** True when the text names a validator outcome class. */
export function isOutcomeClass(value: string): value is OutcomeClass {
  return (outcomeClasses as readonly string[]).includes(value);
}

/** Validates a trainee's draft against the case file. */
export function validateDraft(
  type: RequestType,
  draft: Draft,
  expect: DraftExpectation,
): ValidationResult {
  // The scenario schema has already parsed `expect`, so nothing is parsed at run time.
  return validateRequest(type, draft, expect);
}

const representativeCache = new WeakMap<object, Partial<Record<OutcomeClass, Draft>>>();

/** One draft per outcome class the validator can really produce for this task (cached). */
export function draftsByOutcome(
  type: RequestType,
  expect: DraftExpectation,
): Partial<Record<OutcomeClass, Draft>> {
  let drafts = representativeCache.get(expect);
  if (!drafts) {
    drafts = representativeDrafts(type, expect);
    representativeCache.set(expect, drafts);
  }
  return drafts;
}
