// The one place the engine touches the request validator (owned by src/engine/requests).
import { draftExpectationSchema, type DraftExpectation } from '../schemas/request.ts';
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
export const outcomeClasses: readonly OutcomeClass[] = [
  'complete',
  'missing-elements',
  'missing-zone',
  'wrong-utc',
  'wrong-identifier',
  'vague-identifier',
  'wrong-category',
  'disproportionate',
  'no-emergency-facts',
  'wrong-channel',
];

/** True when the text names a validator outcome class. */
export function isOutcomeClass(value: string): value is OutcomeClass {
  return (outcomeClasses as readonly string[]).includes(value);
}

const expectationCache = new WeakMap<object, DraftExpectation>();

/** Parses a draft node's `expect` block with the request schema (cached per object). */
export function expectationOf(expect: Record<string, unknown>): DraftExpectation {
  let parsed = expectationCache.get(expect);
  if (!parsed) {
    parsed = draftExpectationSchema.parse(expect);
    expectationCache.set(expect, parsed);
  }
  return parsed;
}

/** Checks a draft node's `expect` block; returns zod issues when it is malformed. */
export function checkExpectation(expect: Record<string, unknown>) {
  return draftExpectationSchema.safeParse(expect);
}

/** Validates a trainee's draft against the case file. */
export function validateDraft(
  type: RequestType,
  draft: Draft,
  expect: Record<string, unknown>,
): ValidationResult {
  return validateRequest(type, draft, expectationOf(expect));
}

const representativeCache = new WeakMap<object, Partial<Record<OutcomeClass, Draft>>>();

/** One draft per outcome class the validator can really produce for this task (cached). */
export function draftsByOutcome(
  type: RequestType,
  expect: Record<string, unknown>,
): Partial<Record<OutcomeClass, Draft>> {
  let drafts = representativeCache.get(expect);
  if (!drafts) {
    drafts = representativeDrafts(type, expectationOf(expect));
    representativeCache.set(expect, drafts);
  }
  return drafts;
}
