// The one place the engine touches the request validator (owned by src/engine/requests), as a
// port: the simulator calls it, an entry fills it. forms-runtime.ts fills it when it loads, so the
// player's page does not carry the validator until the trainee drafts (it loads with the drafting
// form), resumes a run (restore.ts) or reaches the debrief (debrief-runtime.ts) — issue 13
// budgets. index.ts (build, tests, scripts) loads it up front.
import type { DraftExpectation } from '../schemas/request.ts';
import { outcomeClasses as vocabularyOutcomes } from '../schemas/vocabulary.ts';
import type {
  Draft,
  Finding,
  OutcomeClass,
  RequestType,
  ValidationResult,
} from './requests/index.ts';

export type { Draft, DraftExpectation, Finding, OutcomeClass, RequestType, ValidationResult };

/** What the simulator needs of the request validator. */
export interface DraftChecker {
  /** Validates a draft against the case file's expectation. */
  validate(type: RequestType, draft: Draft, expect: DraftExpectation): ValidationResult;
  /** One draft per outcome class the validator can really produce for this expectation. */
  representatives(
    type: RequestType,
    expect: DraftExpectation,
  ): Partial<Record<OutcomeClass, Draft>>;
}

let checker: DraftChecker | null = null;

/** Fills the port (forms-runtime.ts does this when it loads). */
export function installDraftChecker(c: DraftChecker): void {
  checker = c;
}

function need(): DraftChecker {
  // A programming error, not a user one: the caller forgot to load the validator's entry.
  if (!checker)
    throw new Error('The request validator is not loaded: import engine/forms-runtime.ts first.');
  return checker;
}

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
  return need().validate(type, draft, expect);
}

const representativeCache = new WeakMap<object, Partial<Record<OutcomeClass, Draft>>>();

/** One draft per outcome class the validator can really produce for this task (cached). */
export function draftsByOutcome(
  type: RequestType,
  expect: DraftExpectation,
): Partial<Record<OutcomeClass, Draft>> {
  let drafts = representativeCache.get(expect);
  if (!drafts) {
    drafts = need().representatives(type, expect);
    representativeCache.set(expect, drafts);
  }
  return drafts;
}
