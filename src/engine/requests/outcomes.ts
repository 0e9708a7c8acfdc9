import type { Finding, OutcomeClass, ValidationResult } from './types.ts';

/**
 * Outcome precedence, first wins: the order in which a real recipient would stop working on the
 * request. A request on the wrong desk is never read; one the route cannot lawfully answer is
 * refused before anyone checks its details; an incomplete one comes back with questions; only a
 * request that is executed can return the wrong person's data (wrong identifier, wrong UTC), so
 * those come last even though their harm is the greatest.
 */
export const outcomePrecedence: readonly OutcomeClass[] = [
  'wrong-channel',
  'no-emergency-facts',
  'wrong-category',
  'missing-elements',
  'missing-zone',
  'vague-identifier',
  'disproportionate',
  'wrong-identifier',
  'wrong-utc',
  'complete',
];

/** The outcome of a list of findings: the earliest error class in the precedence, else complete. */
export function outcomeOf(findings: readonly Finding[]): OutcomeClass {
  const errors = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.outcome));
  return outcomePrecedence.find((o) => errors.has(o)) ?? 'complete';
}

/** Packs findings into a result, errors first in precedence order so the UI shows the decisive one. */
export function toResult(findings: Finding[]): ValidationResult {
  const rank = (f: Finding): number =>
    (f.severity === 'error' ? 0 : 100) + outcomePrecedence.indexOf(f.outcome);
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
  return { findings: sorted, outcome: outcomeOf(findings) };
}

/** What a check says about a draft; `reference` is the main reference id, `refs` any further ones. */
export type FindingInput = Omit<Finding, 'severity' | 'refs'> &
  Partial<Pick<Finding, 'severity' | 'refs'>> & { reference?: string };

/** Builds a finding; errors unless `severity` says otherwise. Params are dropped when empty. */
export function finding(input: FindingInput): Finding {
  const { reference, refs = [], params, ...rest } = input;
  return {
    severity: 'error',
    ...rest,
    ...(params && Object.keys(params).length > 0 ? { params } : {}),
    refs: reference ? [reference, ...refs.filter((r) => r !== reference)] : refs,
  };
}
